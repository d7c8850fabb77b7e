/** The photo or logo field of the profiles and of `<latch-create-org>`, and the checks made before an upload. */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiHost } from '../../ui/form.js';

/** What the server accepts for a photo or a logo (server/domain/profile-images.ts); checked here first to spare the upload. */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

/** The error key for a file the server would refuse, or '' when it may be uploaded. */
export function imageProblem(file: File): string {
  if (!IMAGE_TYPES.includes(file.type)) return 'unstable__errors.form_param_format_invalid__file';
  return file.size > IMAGE_MAX_BYTES ? 'unstable__errors.image_too_large' : '';
}

/** A photo or logo field: the current image, an upload button (a labelled file input), Remove, a hint, the error. */
export function imageField(
  ui: UiHost,
  o: {
    label: string;
    uploadLabel: string;
    removeLabel: string;
    hint: string;
    error: string | undefined;
    preview: TemplateResult;
    /** Set when there is an image to remove. */
    onRemove?: () => void;
    onChange: (event: Event) => void;
    /** An extra element key on the actions row (`organizationAvatarUploaderContainer`). */
    containerKey?: 'organizationAvatarUploaderContainer';
  },
): TemplateResult {
  const fileId = `${ui.scopeClass}-file`;
  const error = o.error;
  return html`<div class=${ui.cls('formField', { id: 'file', state: error ? 'error' : undefined })}>
    <span class=${ui.cls('formFieldLabel', { id: 'file' })}>${o.label}</span>
    <div class=${`${ui.cls('avatarImageActions')}${o.containerKey ? ` ${ui.cls(o.containerKey)}` : ''}`}>
      ${o.preview}
      <label class=${`${ui.cls('button')} ${ui.cls('avatarImageActionsUpload')}`} for=${fileId}>${o.uploadLabel}</label>
      <input
        id=${fileId}
        class="latch-visually-hidden"
        type="file"
        name="file"
        accept=${IMAGE_TYPES.join(',')}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${`${fileId}-hint${error ? ` ${fileId}-error` : ''}`}
        @change=${o.onChange}
      />
      ${
        o.onRemove
          ? html`<button type="button" class=${`${ui.cls('button')} ${ui.cls('avatarImageActionsRemove')}`} @click=${o.onRemove}>
              ${o.removeLabel}
            </button>`
          : nothing
      }
    </div>
    <p id=${`${fileId}-hint`} class=${ui.cls('formFieldHintText', { id: 'file' })}>${o.hint}</p>
    ${error ? html`<p id=${`${fileId}-error`} class=${ui.cls('formFieldErrorText', { id: 'file' })}>${error}</p>` : nothing}
  </div>`;
}
