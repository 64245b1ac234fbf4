import type { NotationIssue } from "./structure";

const METRES_READING = /^"\d+m" is read as \d+ metres \((.+)\), not minutes/;

/** One warning for every bare-m distance read as metres, at the first of them, naming the other lines. */
export function gatherMetres(issues: NotationIssue[]): NotationIssue[] {
  const metres = issues.filter((issue) => METRES_READING.test(issue.message));
  if (metres.length < 2) return issues;
  const first = metres[0] as NotationIssue;
  const others = [...new Set(metres.slice(1).map((issue) => issue.line))];
  const lines = others.length === 1 ? `line ${others[0]}` : `lines ${others.slice(0, -1).join(", ")} and ${others.at(-1)}`;
  const reason = METRES_READING.exec(first.message)?.[1] ?? "";
  const word = first.message.slice(0, first.message.indexOf(" is read"));
  const gathered = {
    ...first,
    message: `${word} and the other distances written with a bare m (${lines}) are read as metres (${reason}), not minutes; write mtr to make it plain.`,
  };
  return issues.filter((issue) => !metres.includes(issue) || issue === first).map((issue) => (issue === first ? gathered : issue));
}
