import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import { noRawUiStrings } from './no-raw-ui-strings.js';

// RuleTester reports through the host framework's describe/it (vitest has no globals here).
Object.assign(RuleTester, { afterAll, describe, it });

const tester = new RuleTester({ languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } });

tester.run('no-raw-ui-strings', noRawUiStrings, {
  valid: [
    { code: 'const a = <b>{t("app.title")}</b>;' },
    { code: 'const a = <b label={t("x")} data-testid="catalogue-list">{value} · {count}</b>;' },
    { code: 'const a = <b>— {n}%</b>;' },
  ],
  invalid: [
    { code: 'const a = <b>Приём документов</b>;', errors: [{ messageId: 'raw' }] },
    { code: 'const a = <b>Save</b>;', errors: [{ messageId: 'raw' }] },
    { code: 'const a = <b label="Қабылдау" />;', errors: [{ messageId: 'raw' }] },
    { code: 'const a = <b aria-label={"Поиск"} />;', errors: [{ messageId: 'raw' }] },
    { code: 'const a = <b title={`Итого`} />;', errors: [{ messageId: 'raw' }] },
    { code: 'const a = <b>{"Выдача"}</b>;', errors: [{ messageId: 'raw' }] },
  ],
});
