interface FieldSpec {
  min: number;
  max: number;
  names?: string[];
}

const FIELDS: FieldSpec[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  {
    min: 1,
    max: 12,
    names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
  },
  { min: 0, max: 7, names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] },
];

function malformed(expression: string, problem: string): never {
  throw new SyntaxError(`cron expression "${expression}": ${problem}`);
}

function parseValue(text: string, spec: FieldSpec, expression: string): number {
  if (/^\d+$/.test(text)) {
    const value = Number(text);
    if (value < spec.min || value > spec.max)
      malformed(expression, `${text} is outside ${spec.min}-${spec.max}`);
    return value;
  }
  const index = spec.names?.indexOf(text) ?? -1;
  if (index === -1) malformed(expression, `"${text}" is not a value`);
  return spec.min + index;
}

function parseField(text: string, spec: FieldSpec, expression: string): Set<number> {
  const values = new Set<number>();
  for (const item of text.split(",")) {
    if (item === "") malformed(expression, "an empty list item");
    const [range, stepText, extra] = item.split("/");
    if (extra !== undefined) malformed(expression, `"${item}" has two steps`);
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) === 0)
        malformed(expression, `"${stepText}" is not a step`);
      step = Number(stepText);
    }
    let from: number;
    let to: number;
    if (range === "*") {
      from = spec.min;
      to = spec.max;
    } else {
      const bounds = (range as string).split("-");
      if (bounds.length > 2) malformed(expression, `"${range}" is not a range`);
      from = parseValue(bounds[0] as string, spec, expression);
      to =
        bounds.length === 2
          ? parseValue(bounds[1] as string, spec, expression)
          : stepText === undefined
            ? from
            : spec.max;
      if (from > to) malformed(expression, `"${range}" runs backwards`);
    }
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return values;
}

export function cronMatches(expression: string, date: Date): boolean {
  const texts = expression.trim().split(/[ \t]+/);
  if (texts.length !== 5 || texts[0] === "") malformed(expression, "it needs exactly five fields");
  const [minutes, hours, days, months, weekdays] = texts.map((text, index) =>
    parseField(text, FIELDS[index] as FieldSpec, expression),
  ) as Set<number>[];
  if ((weekdays as Set<number>).has(7)) (weekdays as Set<number>).add(0);
  const dayOfMonth = (days as Set<number>).has(date.getUTCDate());
  const dayOfWeek = (weekdays as Set<number>).has(date.getUTCDay());
  const dayRestricted = texts[2] !== "*";
  const weekdayRestricted = texts[4] !== "*";
  const dayMatches =
    dayRestricted && weekdayRestricted
      ? dayOfMonth || dayOfWeek
      : dayRestricted
        ? dayOfMonth
        : weekdayRestricted
          ? dayOfWeek
          : true;
  return (
    (minutes as Set<number>).has(date.getUTCMinutes()) &&
    (hours as Set<number>).has(date.getUTCHours()) &&
    (months as Set<number>).has(date.getUTCMonth() + 1) &&
    dayMatches
  );
}
