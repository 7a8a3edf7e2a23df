// Source: FBI/ROK PSA 2023-10-18 (unwillingness or inability to appear on camera or do video interviews).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, fixedOutcome, missingOutcome } = helpers;

const DECLINED = fixedOutcome(1, [
  { field: "videoCallOutcome", value: "declined", reason: "Candidate declined a video interview" },
]);
// Camera trouble is sometimes genuine, so keeping the camera off counts a little less than refusing,
// but it is the same sign: a face the interviewer never saw.
const CAMERA_OFF = fixedOutcome(0.9, [
  {
    field: "videoCallOutcome",
    value: "camera_off",
    reason: "Candidate joined the video interview with the camera off",
  },
]);
const NOT_YET = missingOutcome(["videoCallOutcome"]);

export const videoCallAvoided: RuleDefinition = {
  id: "video-call-avoided",
  title: "Avoided a video interview",
  family: "communication",
  defaultWeight: 40,
  description:
    "The candidate declined a video interview or kept the camera off. When no video call has been tried yet this check is reported as not evaluated.",
  source: SOURCES.fbiPsa2023,
  inputs: ["videoCallOutcome"],
  evaluate(p) {
    switch (p.videoCallOutcome) {
      case "declined":
        return DECLINED;
      case "camera_off":
        return CAMERA_OFF;
      case "completed":
        return CLEAR;
      default:
        return NOT_YET;
    }
  },
};
