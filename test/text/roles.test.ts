import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rolesOf } from '../../src/text/roles.ts';

test('Korean: the title after the name, also past an organisation, with its particle', () => {
  assert.deepEqual(rolesOf('유민수 감독은 은퇴를 발표했다.', '유민수', 'ko'), ['감독']);
  assert.deepEqual(rolesOf('류민수 국토교통부 장관이 말했다.', '류민수', 'ko'), ['장관']);
  assert.deepEqual(rolesOf('류민수 의원은 10일 발의했다. 류민수 의원에게 물었다.', '류민수', 'ko'), ['의원']);
  assert.deepEqual(rolesOf('유민수 씨는 시장에서 일한다.', '유민수', 'ko'), [], '씨 is no role, and 시장 three words on is not his');
  assert.deepEqual(rolesOf('유민수는 어제 돌아왔다.', '유민수', 'ko'), []);
});

test('Japanese: the title attached after the name, an organisation may come between', () => {
  assert.deepEqual(rolesOf('山田首相は会見で述べた。', '山田', 'ja'), ['首相']);
  assert.deepEqual(rolesOf('山田太郎トヨタ社長が語った。', '山田太郎', 'ja'), ['社長']);
  assert.deepEqual(rolesOf('山田氏は述べた。', '山田', 'ja'), [], '氏 is no role');
});

test('English: the title before the name', () => {
  assert.deepEqual(rolesOf('Coach Min-su Yu announced his retirement.', 'Min-su Yu', 'en'), ['coach']);
  assert.deepEqual(rolesOf('Foreign Minister Jane Ortega arrived; Sen. Ortega left.', 'Ortega', 'en').sort(), ['minister', 'sen']);
  assert.deepEqual(rolesOf('Mr. Ortega arrived.', 'Ortega', 'en'), []);
});
