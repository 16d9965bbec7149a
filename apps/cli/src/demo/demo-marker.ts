// The demo record of a run folder lives in core (store/demo-marker); re-exported for run-setup.
export type { DemoMarker } from "@benchloop/core";
