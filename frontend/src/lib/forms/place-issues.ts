import type { RequestIssue } from '../api/api-errors.ts';
import type { FormField } from './form-fields.ts';
import type { FieldIssue } from './form-values.ts';

/** Issues the form can show next to a field, and the rest (about the request as a whole) for above the form. */
export interface PlacedIssues {
  byField: FieldIssue[];
  general: string[];
}

function allFields(fields: readonly FormField[]): FormField[] {
  return fields.flatMap((field) => (field.kind === 'group' ? [field, ...allFields(field.fields)] : [field]));
}

/** `['0', 'title']` → "item 1 › title": where inside a JSON-edited value the API found the problem. */
function describeInside(path: readonly string[]): string {
  return path.map((part) => (/^\d+$/.test(part) ? `item ${Number(part) + 1}` : part)).join(' › ');
}

/**
 * Puts the API's issues (paths like `input.brand.primaryColor` or `input.slides.0.title`) on the deepest field
 * whose path they start with. An issue below a JSON editor's property names the spot inside it; an issue about the
 * whole input or about something else than the input (`engine`) is general. `root` is where the form's value sits
 * in the request the API checked: `input` in a job's, the body itself (`[]`) in a workflow's.
 */
export function placeIssues(
  fields: readonly FormField[],
  issues: readonly RequestIssue[],
  root: readonly string[] = ['input'],
): PlacedIssues {
  const candidates = allFields(fields);
  const placed: PlacedIssues = { byField: [], general: [] };
  for (const issue of issues) {
    const parts = issue.path === '' ? [] : issue.path.split('.');
    const path = parts.slice(root.length);
    const target = root.every((name, i) => parts[i] === name)
      ? candidates
          .filter((field) => field.path.length <= path.length && field.path.every((name, i) => name === path[i]))
          .reduce<FormField | undefined>(
            (deepest, field) => (deepest === undefined || field.path.length > deepest.path.length ? field : deepest),
            undefined,
          )
      : undefined;
    if (target === undefined) {
      placed.general.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
      continue;
    }
    const inside = path.slice(target.path.length);
    placed.byField.push({
      key: target.key,
      message: inside.length === 0 ? issue.message : `${describeInside(inside)}: ${issue.message}`,
    });
  }
  return placed;
}
