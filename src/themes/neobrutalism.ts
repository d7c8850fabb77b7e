import { createTheme } from '../appearance/theme.js';
import type { CssObject } from '../appearance/types.js';

const INK = '#000';
const RED = '#DF1B1B';
const YELLOW = '#ffe66d';
const PAPER = '#fffdf5';
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

/** Underlined red text, for links and link-like buttons. */
const link: CssObject = { color: RED, fontWeight: 800, textDecoration: 'underline', cursor: 'pointer' };

/**
 * The theme sets `simpleStyles`, so Latch's own look is not there to build on: the card and the popover start
 * from the page's type and the browser's form controls. This gives them the card's type and strips the
 * browser's button chrome; the rules for each element below then draw the look.
 */
const surface: CssObject = {
  fontFamily: 'var(--clerk-font-family, inherit)',
  fontSize: 'var(--clerk-font-size, 0.8125rem)',
  lineHeight: 1.4,
  color: INK,
  '& :where(button, input)': { font: 'inherit', color: 'inherit', margin: 0 },
  '& :where(button)': { background: 'none', border: 0, padding: 0, cursor: 'pointer' },
};

/** Loud red on white with hard shadows and borders; replaces the default look entirely (`simpleStyles`). */
export const neobrutalism = createTheme({
  simpleStyles: true,
  variables: {
    colorPrimary: RED,
    colorPrimaryForeground: 'white',
    colorForeground: INK,
    colorBackground: PAPER,
    colorInput: 'white',
    colorInputForeground: INK,
    colorBorder: INK,
    colorShimmer: 'rgba(255,255,255,0.64)',
    borderRadius: 'none',
    fontWeight: { normal: 500, medium: 600, semibold: 700, bold: 800 },
  },
  elements: {
    cardBox: { ...surface, ...block, boxShadow: hardShadow(8), background: PAPER },
    card: { padding: 32, gap: 24, display: 'flex', flexDirection: 'column', background: 'transparent' },
    headerTitle: { ...label, fontSize: '1.5rem', lineHeight: 1.2, letterSpacing: '-0.01em' },
    headerSubtitle: { color: INK, fontWeight: 500 },
    formFieldLabel: label,
    formFieldHintText: { color: INK, fontSize: '0.75rem' },
    formFieldInput: {
      ...block,
      boxShadow: hardShadow(2),
      padding: '10px 12px',
      background: 'white',
      color: INK,
      '&:focus': { outline: 'none', boxShadow: hardShadow(4), transform: 'translate(-1px, -1px)' },
    },
    formFieldInput__error: { borderColor: RED },
    formFieldErrorText: { color: RED, fontWeight: 700, fontSize: '0.75rem' },
    formFieldAction: { color: INK, fontWeight: 700, textDecoration: 'underline' },
    formFieldInputShowPasswordButton: { color: INK, '&:hover': { background: YELLOW } },
    formButtonPrimary: {
      ...pressable,
      background: RED,
      color: 'white',
      fontWeight: 800,
      textTransform: 'uppercase',
      padding: '12px 16px',
      '&:hover': { transform: 'translate(-1px, -1px)', boxShadow: hardShadow(4), background: '#c41616' },
    },
    formButtonPrimary__loading: { opacity: 0.7, cursor: 'progress' },
    formButtonReset: { ...pressable, background: 'white', color: INK, fontWeight: 700, padding: '6px 12px' },
    formResendCodeLink: { ...link, '&:disabled': { color: '#555', textDecoration: 'none', cursor: 'default' } },
    backLink: link,
    button: { fontWeight: 700 },
    socialButtonsBlockButton: { ...pressable, background: 'white', color: INK, fontWeight: 700 },
    socialButtonsIconButton: { ...pressable, background: 'white' },
    alternativeMethodsBlockButton: { ...pressable, background: 'white', color: INK, fontWeight: 700, padding: 12 },
    dividerLine: { height: 3, background: INK },
    dividerText: label,
    otpCodeFieldInput: {
      ...block,
      boxShadow: hardShadow(2),
      minHeight: '3rem',
      fontFamily: 'var(--clerk-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace)',
      fontSize: '1.375rem',
      fontWeight: 800,
      color: INK,
      // Digits read left to right in every locale; the start padding balances the spacing after the last digit.
      direction: 'ltr',
      textAlign: 'center',
      letterSpacing: '0.75em',
      paddingInlineStart: '0.75em',
    },
    identityPreview: { ...block, boxShadow: hardShadow(2), background: YELLOW, padding: '4px 12px' },
    identityPreviewEditButton: { color: INK },
    alert: { ...block, background: YELLOW, color: INK, padding: '12px 16px' },
    alertText: { fontWeight: 600 },
    badge: {
      border: `2px solid ${INK}`,
      borderRadius: 0,
      background: YELLOW,
      color: INK,
      fontWeight: 700,
      fontSize: '0.75rem',
      padding: '0 6px',
    },
    footer: { background: 'transparent', borderTop: `3px solid ${INK}`, paddingInline: 32 },
    footerActionText: { color: INK, fontWeight: 500 },
    footerActionLink: link,
    footerPagesLink: { color: INK, fontWeight: 600 },
    userButtonTrigger: {
      ...surface,
      ...block,
      boxShadow: hardShadow(2),
      background: 'white',
      padding: 2,
      fontWeight: 700,
      cursor: 'pointer',
    },
    userButtonOuterIdentifier: { paddingInlineStart: 8 },
    userButtonAvatarBox: { borderRadius: 0 },
    avatarBox: { ...block, boxShadow: 'none', background: YELLOW, color: INK, fontWeight: 800, fontSize: '0.75rem' },
    userButtonPopoverCard: { ...surface, ...block, boxShadow: hardShadow(6), background: PAPER },
    userPreviewAvatarBox: { fontSize: '0.875rem' },
    userPreviewMainIdentifier: { fontWeight: 800 },
    userButtonPopoverActions: { borderTop: `3px solid ${INK}` },
    userButtonPopoverActionButton: {
      fontWeight: 700,
      padding: '12px 20px',
      '&:hover': { background: YELLOW },
      '&:focus-visible': { background: YELLOW, outline: `3px solid ${INK}`, outlineOffset: -3 },
    },
    menuList: { ...block },
    menuItem: { fontWeight: 600, '&:hover': { background: YELLOW } },
    modalContent: { ...block, boxShadow: hardShadow(8) },
    navbarButton: { fontWeight: 700, '&:hover': { background: YELLOW } },
    profileSectionPrimaryButton: { ...pressable, background: 'white', color: INK, fontWeight: 700 },
  },
});
