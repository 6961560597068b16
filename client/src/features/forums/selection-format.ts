// How the selection page names answers and shows figures: the event's own labels, percentages with
// two decimals, in the reader's language.

export type SelectionQuestion = {
  readonly key: string;
  readonly label: string;
  readonly options: ReadonlyArray<{ readonly value: string; readonly label: string }>;
};

/** A question's and an answer's label by key, falling back to the key itself (a quota the event lost). */
export type QuestionLabels = {
  readonly questions: ReadonlyArray<SelectionQuestion>;
  question: (key: string) => string;
  option: (questionKey: string, value: string) => string;
};

export function questionLabels(questions: ReadonlyArray<SelectionQuestion>): QuestionLabels {
  const byKey = new Map(questions.map((question) => [question.key, question]));
  return {
    questions,
    question: (key) => byKey.get(key)?.label ?? key,
    option: (questionKey, value) => byKey.get(questionKey)?.options.find((option) => option.value === value)?.label ?? value,
  };
}

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'tr-TR');

/** 0.125 → "%12,50" (tr) or "12.50%" (en). */
export function formatPercent(probability: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(probability);
}


