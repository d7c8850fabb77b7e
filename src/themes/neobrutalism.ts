import { createTheme } from '../appearance/theme.js';
import type { CssObject } from '../appearance/types.js';

const INK = '#000';
const hardShadow = (offset: number): string => `${offset}px ${offset}px 0 ${INK}`;

/** A flat, bold surface: thick black outline, a hard offset shadow, and a press-down effect on click. */
const block: CssObject = {
  border: `3px solid ${INK}`,
  borderRadius: 0,
  boxShadow: hardShadow(3),
};

const pressable: CssObject = {
  ...block,
  transition: 'transform 80ms ease, box-shadow 80ms ease',
  '&:hover': { transform: 'translate(-1px, -1px)', boxShadow: hardShadow(4) },
  '&:active': { transform: 'translate(3px, 3px)', boxShadow: 'none' },
  '&:focus-visible': { outline: `3px solid ${INK}`, outlineOffset: 2 },
};

const label: CssObject = { color: INK, fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.04em' };

/** Loud red on white with hard shadows and borders; replaces the default look entirely (`simpleStyles`). */
export const neobrutalism = createTheme({
  simpleStyles: true,
  variables: {
    colorPrimary: '#DF1B1B',
    colorPrimaryForeground: 'white',
    colorForeground: INK,
    colorBackground: '#fffdf5',
    colorInput: 'white',
    colorInputForeground: INK,
    colorShimmer: 'rgba(255,255,255,0.64)',
    borderRadius: 'none',
    fontWeight: { normal: 500, medium: 600, semibold: 700, bold: 800 },
  },
  elements: {
    cardBox: { ...block, boxShadow: hardShadow(8), background: '#fffdf5' },
    card: { padding: 32, gap: 24, display: 'flex', flexDirection: 'column', background: 'transparent' },
    headerTitle: { ...label, fontSize: '1.5rem', letterSpacing: '-0.01em' },
    headerSubtitle: { color: INK, fontWeight: 500 },
    formFieldLabel: label,
    formFieldInput: {
      ...block,
      boxShadow: hardShadow(2),
      padding: '10px 12px',
      background: 'white',
      color: INK,
      '&:focus': { outline: 'none', boxShadow: hardShadow(4), transform: 'translate(-1px, -1px)' },
    },
    formFieldInput__error: { borderColor: '#DF1B1B' },
    formFieldErrorText: { color: '#DF1B1B', fontWeight: 700 },
    formFieldAction: { color: INK, fontWeight: 700, textDecoration: 'underline' },
    formFieldInputShowPasswordButton: { color: INK },
    formButtonPrimary: {
      ...pressable,
      background: '#DF1B1B',
      color: 'white',
      fontWeight: 800,
      textTransform: 'uppercase',
      padding: '12px 16px',
      '&:hover': { transform: 'translate(-1px, -1px)', boxShadow: hardShadow(4), background: '#c41616' },
    },
    formButtonPrimary__loading: { opacity: 0.7, cursor: 'progress' },
    formButtonReset: { ...pressable, background: 'white', color: INK, fontWeight: 700 },
    button: { fontWeight: 700 },
    socialButtonsBlockButton: { ...pressable, background: 'white', color: INK, fontWeight: 700 },
    socialButtonsIconButton: { ...pressable, background: 'white' },
    alternativeMethodsBlockButton: { ...pressable, background: 'white', color: INK, fontWeight: 700 },
    dividerLine: { height: 3, background: INK },
    dividerText: label,
    otpCodeFieldInput: { ...block, boxShadow: hardShadow(2), fontWeight: 800, color: INK },
    identityPreview: { ...block, boxShadow: hardShadow(2), background: '#ffe66d' },
    identityPreviewEditButton: { color: INK },
    alert: { ...block, background: '#ffe66d', color: INK },
    alertText: { fontWeight: 600 },
    badge: { border: `2px solid ${INK}`, borderRadius: 0, background: '#ffe66d', color: INK, fontWeight: 700 },
    footer: { background: 'transparent', borderTop: `3px solid ${INK}` },
    footerActionText: { color: INK, fontWeight: 500 },
    footerActionLink: { color: '#DF1B1B', fontWeight: 800, textDecoration: 'underline' },
    footerPagesLink: { color: INK, fontWeight: 600 },
    userButtonTrigger: { ...block, boxShadow: hardShadow(2), borderRadius: 0 },
    userButtonAvatarBox: { borderRadius: 0 },
    avatarBox: { ...block, boxShadow: 'none' },
    userButtonPopoverCard: { ...block, boxShadow: hardShadow(6) },
    userButtonPopoverActionButton: { fontWeight: 700, '&:hover': { background: '#ffe66d' } },
    menuList: { ...block },
    menuItem: { fontWeight: 600, '&:hover': { background: '#ffe66d' } },
    modalContent: { ...block, boxShadow: hardShadow(8) },
    navbarButton: { fontWeight: 700, '&:hover': { background: '#ffe66d' } },
    profileSectionPrimaryButton: { ...pressable, background: 'white', color: INK, fontWeight: 700 },
  },
});
