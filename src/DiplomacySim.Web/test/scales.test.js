// node --test: the history chart's scales.
import test from 'node:test';
import assert from 'node:assert/strict';
import { dateScale, dayNumber, isoDate, scoreTicks, shortDate } from '../src/js/relations/scales.js';

test('dates are days, in UTC', () => {
  assert.equal(dayNumber('1970-01-02'), 1);
  assert.equal(dayNumber('2018-10-03') - dayNumber('2018-09-03'), 30);
  assert.equal(isoDate(dayNumber('2018-12-31')), '2018-12-31');
  assert.equal(shortDate('2018-10-03'), '3 Oct 2018');
});

test('the date scale maps the first date to the left and the last to the right', () => {
  const x = dateScale(['2018-09-03', null, '2018-10-03', '2018-09-18'], 40, 340);
  assert.equal(x('2018-09-03'), 40);
  assert.equal(x('2018-10-03'), 340);
  assert.equal(x('2018-09-18'), 190);
});

test('one day only sits in the middle', () => {
  const x = dateScale(['2018-09-03', '2018-09-03'], 0, 100);
  assert.equal(x('2018-09-03'), 50);
  assert.deepEqual(x.ticks(), ['2018-09-03']);
});

test('ticks run from the first date to the last', () => {
  const ticks = dateScale(['2018-01-01', '2018-12-31'], 0, 100).ticks(4);
  assert.equal(ticks.length, 4);
  assert.equal(ticks[0], '2018-01-01');
  assert.equal(ticks.at(-1), '2018-12-31');
  assert.deepEqual(dateScale(['2018-01-01', '2018-01-02'], 0, 100).ticks(4), ['2018-01-01', '2018-01-02']);
});

test('score ticks', () => {
  assert.deepEqual(scoreTicks(-10, 30), [-10, 0, 10, 20, 30]);
  assert.deepEqual(scoreTicks(-100, 100), [-100, -50, 0, 50, 100]);
});
