// Turns axe-core results into a failure message a person can act on: rule, impact, help text,
// help URL, and the CSS targets of the offending elements.
import type { AxeBuilder } from "@axe-core/playwright";

type Violations = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"];

export function formatAxeViolations(violations: Violations): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `    ${node.target.join(" ")}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, " ").slice(0, 200)}` : ""}`,
        );
      const more =
        violation.nodes.length > 5 ? [`    …and ${violation.nodes.length - 5} more`] : [];
      return [
        `${violation.id} (${violation.impact}): ${violation.help} <${violation.helpUrl}>`,
        ...targets,
        ...more,
      ].join("\n");
    })
    .join("\n");
}
