// Each Vietnamese data rule of @dvc-kit/spec/forms, with real-looking values.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  checkPersonalId, checkTaxCode, encodedBirth, isVietnamesePhone, normalizePhone, parseDate, taxCheckDigit, todayInVietnam,
  valueAt, childPointer,
} from '../src/forms/index.js';

describe('personal identification number', () => {
  const year = 2026;
  test('accepts well-formed numbers and reads birth century, year and sex from them', () => {
    assert.equal(checkPersonalId('038190001234', { currentYear: year, birthDate: '1990-05-14', sex: 'female' }), null);
    assert.equal(checkPersonalId('001095012345', { currentYear: year, birthDate: '1995-11-02', sex: 'male' }), null);
    assert.equal(checkPersonalId('079203004567', { currentYear: year }), null);
    assert.deepEqual(encodedBirth('079203004567'), { year: 2003, sex: 'male' });
    assert.deepEqual(encodedBirth('038326000123'), { year: 2026, sex: 'female' });
  });
  test('refuses a wrong length or non-digits', () => {
    for (const value of ['03819000123', '0381900012345', '03819000123a', '038 190 001 234']) {
      assert.equal(checkPersonalId(value, { currentYear: year }), 'id_number_format', value);
    }
  });
  test('refuses a first three digits that is no province-of-birth code (003, 100, 097)', () => {
    for (const value of ['003190001234', '100190001234', '097190001234']) {
      assert.equal(checkPersonalId(value, { currentYear: year }), 'id_number_province', value);
    }
  });
  test('refuses a century/year that disagrees with the date of birth, or lies in the future', () => {
    assert.equal(checkPersonalId('038190001234', { currentYear: year, birthDate: '1991-05-14' }), 'id_number_birth_year');
    // 3 = female born 2000-2099: not someone born in 1990.
    assert.equal(checkPersonalId('038390001234', { currentYear: year, birthDate: '1990-05-14' }), 'id_number_birth_year');
    // 2 + 45 = 2045, not born yet.
    assert.equal(checkPersonalId('038245001234', { currentYear: year }), 'id_number_birth_year');
  });
  test('refuses a sex digit that disagrees with the sex', () => {
    assert.equal(checkPersonalId('038190001234', { currentYear: year, birthDate: '1990-05-14', sex: 'male' }), 'id_number_sex');
    assert.equal(checkPersonalId('038226000123', { currentYear: year, birthDate: '2026-01-20', sex: 'female' }), 'id_number_sex');
  });
});

describe('tax code', () => {
  test('the check digit is 10 - (31·N1 + 29·N2 + ... + 3·N9) mod 11, as on published codes', () => {
    assert.equal(taxCheckDigit('010010910'), 6); // 0100109106
    assert.equal(taxCheckDigit('030058856'), 9); // 0300588569
    assert.equal(taxCheckDigit('010124814'), 1); // 0101248141
  });
  test('accepts 10 digits, 13 (with or without the dash) and a 12-digit personal ID', () => {
    for (const value of ['0100109106', '0300588569', '0100109106-001', '0100109106001', '038190001234']) {
      assert.equal(checkTaxCode(value, 2026), null, value);
    }
  });
  test('refuses a wrong check digit, a wrong shape, branch 000 and a bad personal ID', () => {
    assert.equal(checkTaxCode('0100109107', 2026), 'tax_code_check_digit');
    assert.equal(checkTaxCode('0100109107-001', 2026), 'tax_code_check_digit');
    for (const value of ['010010910', '01001091061', '0100109106-01', '0100109106-000', 'MST0100109106', '003190001234']) {
      assert.equal(checkTaxCode(value, 2026), 'tax_code_format', value);
    }
  });
});

describe('phone numbers', () => {
  test('mobile and landline, national or +84, with separators', () => {
    assert.equal(normalizePhone('0912345678'), '0912345678');
    assert.equal(normalizePhone('+84 912 345 678'), '0912345678');
    assert.equal(normalizePhone('84912345678'), '0912345678');
    assert.equal(normalizePhone('0386.123.456'), '0386123456');
    assert.equal(normalizePhone('(024) 3825 1234'), '02438251234');
    assert.equal(normalizePhone('+84 28 3829 5555'), '02838295555');
  });
  test('refuses numbers that are not Vietnamese or not of a real range', () => {
    for (const value of ['091234567', '09123456789', '0112345678', '0312345678', '+1 202 555 0142', '0912-ABC-678', '']) {
      assert.equal(isVietnamesePhone(value), false, value);
    }
  });
});

describe('dates', () => {
  test('dd/MM/yyyy and ISO, checked against the calendar', () => {
    assert.equal(parseDate('14/05/1990'), '1990-05-14');
    assert.equal(parseDate('5/3/2026'), '2026-03-05');
    assert.equal(parseDate('2024-02-29'), '2024-02-29');
    assert.equal(parseDate('29/02/2024'), '2024-02-29');
    for (const value of ['29/02/2023', '31/04/2026', '2026-13-01', '00/01/2026', '14-05-1990', '1990/05/14', '']) {
      assert.equal(parseDate(value), null, value);
    }
  });
  test('today is taken in Vietnam time (UTC+7)', () => {
    assert.equal(todayInVietnam(new Date('2026-11-21T16:59:59Z')), '2026-11-21');
    assert.equal(todayInVietnam(new Date('2026-11-21T17:00:00Z')), '2026-11-22');
  });
});

describe('JSON Pointers', () => {
  test('escape, build and read', () => {
    const data = { 'a/b': [{ 'm~n': 1 }] };
    const pointer = childPointer(childPointer(childPointer('', 'a/b'), 0), 'm~n');
    assert.equal(pointer, '/a~1b/0/m~0n');
    assert.equal(valueAt(data, pointer), 1);
    assert.equal(valueAt(data, '/a~1b/1'), undefined);
    assert.equal(valueAt(data, ''), data);
  });
});
