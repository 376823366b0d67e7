import { describe, expect, test } from 'vitest';
import { detectLanguage, MIN_LANGUAGE_DETECTION_LENGTH } from './detect-language.ts';

// One news-style sentence each, 120–145 characters: just past the detection threshold.
const SAMPLES: readonly [string, string][] = [
  [
    'eng',
    'The city council approved a plan yesterday to expand the parks and plant thousands of trees before next summer arrives in town.',
  ],
  [
    'deu',
    'Die Bundesregierung hat am Mittwoch neue Regeln für den Ausbau der erneuerbaren Energien beschlossen, die ab dem kommenden Jahr gelten sollen.',
  ],
  [
    'fra',
    'Le gouvernement a présenté mercredi un nouveau plan pour développer les transports publics dans les petites villes et les zones rurales du pays.',
  ],
  [
    'spa',
    'El ayuntamiento aprobó ayer un plan para ampliar los parques de la ciudad y plantar miles de árboles antes del próximo verano.',
  ],
  [
    'ita',
    'Il comune ha approvato ieri un progetto per ampliare i parchi della città e piantare migliaia di alberi prima della prossima estate.',
  ],
  [
    'por',
    'A prefeitura aprovou ontem um plano para ampliar os parques da cidade e plantar milhares de árvores antes do próximo verão chegar.',
  ],
  [
    'nld',
    'De gemeenteraad heeft gisteren een plan goedgekeurd om de parken van de stad uit te breiden en duizenden bomen te planten.',
  ],
];

describe('texts past the threshold get their ISO 639-3 code', () => {
  test.each(SAMPLES)('%s', (code, text) => {
    expect(text.length).toBeGreaterThanOrEqual(MIN_LANGUAGE_DETECTION_LENGTH);
    expect(detectLanguage(text)).toBe(code);
  });
});

test('shorter texts are undetermined rather than guessed', () => {
  // franc alone calls this Dutch.
  expect(detectLanguage('Hello world')).toBe('und');
  expect(detectLanguage('The cat sat on the mat. It was warm and the cat was happy there.')).toBe('und');
});

test('a text without letters is undetermined', () => {
  expect(detectLanguage('1234 5678 — !!! ??? '.repeat(10))).toBe('und');
});
