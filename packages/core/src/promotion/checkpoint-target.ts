// The policy target a rollback restores through: the one whose id the checkpoint recorded, from the
// plugins installed now.
import { nameUnknown } from "../errors/catalog.js";
import type { PolicyTarget } from "../plugin/contracts.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import type { Checkpoint } from "./checkpoint-schema.js";

/**
 * The installed policy target of the id `checkpoint` recorded.
 * @throws NAME_UNKNOWN naming the installed policy targets when none has that id
 */
export function checkpointTarget(
  deps: { registry: Registry; scope: RegistryScope },
  checkpoint: Pick<Checkpoint, "target">,
): PolicyTarget {
  const { id } = checkpoint.target;
  if (!deps.registry.has("policy-target", id))
    throw nameUnknown(
      "policy target",
      [id],
      deps.registry.list("policy-target").map((e) => e.id),
    );
  return deps.scope.get("policy-target", id);
}
