import {isoWithOffset} from './submission.js';

/** A day and a time of day as the person gave them, as ISO 8601 with the device's offset. */
export function localDateTime(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return isoWithOffset(new Date(year, month - 1, day, hour, minute));
}

/**
 * When something happened, in the SDM's incident attributes: with a time, the
 * moment (start and end the same, the exact time known); with a day only, the
 * SDM's approximate date, the exact time not known.
 */
export function incidentTime(date: string, time: string | undefined) {
  return time === undefined
    ? {incidentApproximateDate: date, incidentExactTimeKnown: false}
    : {
        incidentStartDateTime: localDateTime(date, time),
        incidentEndDateTime: localDateTime(date, time),
        incidentExactTimeKnown: true,
      };
}
