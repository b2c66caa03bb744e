import { createRule } from './create-rule.js';

// Placeholder until the rule is implemented; replace this whole file.
export default createRule({
  name: 'valid-error-code',
  meta: {
    type: 'problem',
    docs: { description: 'TODO' },
    schema: [],
    messages: { todo: 'TODO' },
  },
  create() {
    return {};
  },
});
