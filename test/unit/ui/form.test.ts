/** The field helper keeps the input showing the value the element renders, whatever was typed in between. */
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { codeField } from '../../../src/ui/code-field.js';
import { field, type UiHost } from '../../../src/ui/form.js';

const host: UiHost = { cls: (key) => `cl-${key}`, t: (key) => key, scopeClass: 'latch-test' };

function mount(): { draw(template: TemplateResult): HTMLInputElement } {
  const box = document.createElement('div');
  document.body.append(box);
  return {
    draw(template) {
      render(template, box);
      return box.querySelector('input')!;
    },
  };
}

const typeInto = (input: HTMLInputElement, text: string) => {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('field value binding', () => {
  const name = (value: string, onInput = (_: string) => {}) =>
    field(host, { id: 'name', label: 'Name', name: 'name', autocomplete: 'off', value, onInput });

  it('puts back the last rendered value when an edit is cancelled without a render in between', () => {
    const card = mount();
    const input = card.draw(name('Acme'));
    expect(input.value).to.equal('Acme');
    typeInto(input, 'Acme Corp');
    card.draw(name('Acme'));
    expect(input.value).to.equal('Acme');
  });

  it('keeps the caret where it is when the rendered value is what the input shows', () => {
    const card = mount();
    const input = card.draw(name('Acme'));
    typeInto(input, 'Acne');
    input.setSelectionRange(2, 2);
    card.draw(name('Acne'));
    expect(input.value).to.equal('Acne');
    expect(input.selectionStart).to.equal(2);
  });

  it('drops what a code field refuses even when the code itself did not change', () => {
    const card = mount();
    let code = '12';
    const draw = () =>
      card.draw(
        codeField(host, { label: 'Code', value: code, onInput: (next) => (code = next), onComplete: () => {} }),
      );
    const input = draw();
    typeInto(input, '12a');
    expect(code).to.equal('12');
    draw();
    expect(input.value).to.equal('12');
  });

  it('shows hostile text as the value it is', () => {
    const hostile = '"><img src=x onerror=alert(1)>';
    const card = mount();
    const input = card.draw(name(hostile));
    expect(input.value).to.equal(hostile);
    expect(document.querySelector('img[src="x"]')).to.equal(null);
  });
});
