// Source: FBI PSA 2025-01-23 (updated indicators: AI and face-swapping during video interviews).
import { observationRule } from "../observation-rule";
import { SOURCES } from "../sources";

export const faceSwapSuspected = observationRule({
  id: "face-swap-suspected",
  title: "Face-swap or deepfake suspected on video",
  family: "communication",
  defaultWeight: 55,
  description:
    "An interviewer noticed signs of a digitally altered face on camera (lag between lips and voice, blurring at the edges of the face, artefacts when the head turns).",
  source: SOURCES.fbiPsa2025,
  field: "faceSwapSuspected",
  reason: "Interviewer recorded signs of face-swapping or a deepfake during a video call",
});
