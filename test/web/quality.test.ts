// The editions quality check on hand-written pages: text and alt text in a
// language other than the one declared for them are findings; text marked
// with its own language, short text and whitespace between tags are not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPageLanguages } from '../../src/web/quality.ts';

const english = 'The city council said on Monday that the harbour bridge will open next spring.';
const korean = '시의회는 월요일 항만 대교가 내년 봄에 개통한다고 밝혔다.';

const koreanPage = (body: string) =>
  `<!doctype html>\n<html lang="ko-KR">\n<head><title>English title is not checked</title></head>\n<body><p>${korean}</p>${body}</body>\n</html>\n`;

test('unmarked English text on a Korean page is a finding', () => {
  const { findings, checked } = checkPageLanguages(koreanPage(`<p>${english}</p>`));
  assert.deepEqual(findings, [{ kind: 'text', declared: 'ko', detected: 'en', text: english }]);
  assert.deepEqual(checked, { ko: 2 });
});

test('the same English text marked lang="en" is declared, not wrong', () => {
  for (const tag of ['en', 'en-GB', 'EN']) {
    const { findings, checked } = checkPageLanguages(koreanPage(`<article lang="${tag}"><p>${english}</p></article>`));
    assert.deepEqual(findings, [], tag);
    assert.deepEqual(checked, { ko: 1, en: 1 }, tag);
  }
});

test('English alt text on an image of a Korean page is a finding; Korean alt text is not', () => {
  const alt = 'A long suspension bridge over the harbour at dawn';
  const { findings } = checkPageLanguages(koreanPage(`<img src="/a.webp" alt="${alt}"><img src="/b.webp" alt="${korean}">`));
  assert.deepEqual(findings, [{ kind: 'alt', declared: 'ko', detected: 'en', text: alt }]);
});

test('whitespace outside <html> and short text are never findings; real text with no declared language is', () => {
  const page = `<!doctype html>\n\n<html lang="ko">\n<body>\n  <p>${korean}</p>\n  <p>OK</p>\n</body>\n</html>\n\n`;
  assert.deepEqual(checkPageLanguages(page).findings, []);
  const undeclared = checkPageLanguages(`<!doctype html>\n<html><body><p>${english}</p></body></html>`);
  assert.deepEqual(undeclared.findings, [{ kind: 'text', declared: '(none)', detected: 'en', text: english }]);
});
