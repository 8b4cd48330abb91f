// Every user-visible text goes through i18next (ru.json / kk.json). This rule rejects letters — Cyrillic or Latin —
// written directly as JSX text or in user-visible JSX attributes of components.
const LETTERS = /[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/;
const VISIBLE_ATTRIBUTES = new Set(['label', 'title', 'placeholder', 'aria-label', 'alt', 'helperText', 'aria-description', 'tooltip']);

/** @type {import('eslint').Rule.RuleModule} */
export const noRawUiStrings = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow raw (untranslated) UI strings in JSX' },
    messages: { raw: 'Raw UI text "{{text}}": put it in shared/i18n (ru.json/kk.json or areas/*.ru.json/*.kk.json) and use t().' },
    schema: [],
  },
  create(context) {
    const report = (node, text) => context.report({ node, messageId: 'raw', data: { text: text.trim().slice(0, 40) } });
    return {
      JSXText(node) {
        if (LETTERS.test(node.value)) report(node, node.value);
      },
      JSXExpressionContainer(node) {
        const { expression, parent } = node;
        if (parent.type !== 'JSXElement' && parent.type !== 'JSXFragment') return;
        if (expression.type === 'Literal' && typeof expression.value === 'string' && LETTERS.test(expression.value)) {
          report(node, expression.value);
        }
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!VISIBLE_ATTRIBUTES.has(name) || !node.value) return;
        if (node.value.type === 'Literal' && typeof node.value.value === 'string' && LETTERS.test(node.value.value)) {
          report(node, node.value.value);
        }
        if (node.value.type === 'JSXExpressionContainer' && node.value.expression.type === 'Literal') {
          const value = node.value.expression.value;
          if (typeof value === 'string' && LETTERS.test(value)) report(node, value);
        }
        if (node.value.type === 'JSXExpressionContainer' && node.value.expression.type === 'TemplateLiteral') {
          const raw = node.value.expression.quasis.map((q) => q.value.cooked ?? '').join('');
          if (LETTERS.test(raw)) report(node, raw);
        }
      },
    };
  },
};
