/**
 * The fault switch: tests ask the sandbox to fail in the ways a real
 * endpoint fails, so every client's retry path runs against the real server.
 *
 * `POST /__faults {"incidents": {"fail": 3, "status": 503, "retryAfter": 1}}`
 * answers the next three sends with 503 and Retry-After, storing nothing;
 * `{"incidents": {"dropAfterStore": 1}}` stores the next send, then cuts the
 * connection before answering. `DELETE /__faults` clears every fault.
 * `"incidentId": "…"` aims a fault at the one document whose `data.id` it
 * is, so tests running side by side never take each other's faults.
 * `{"uploads": {"dropAfterBytes": 1048576}}` cuts the connection of the
 * upload request during which its file comes to hold that many bytes.
 * `{"uploads": {"bytesPerSecond": 8388608}}` takes upload bytes no faster
 * than that, as over a slow mobile connection, until the faults are cleared:
 * a test can then act while an upload is surely under way (a reload, say) in
 * any engine, with no browser's own throttling.
 */
import {z} from 'zod';

const faultSchema = z
  .object({
    fail: z.number().int().min(0).max(1000).optional(),
    status: z.number().int().min(400).max(599).optional(),
    retryAfter: z.number().int().min(0).max(3600).optional(),
    dropAfterStore: z.number().int().min(0).max(1000).optional(),
    incidentId: z.string().min(1).optional(),
    dropAfterBytes: z.number().int().min(1).optional(),
    bytesPerSecond: z.number().int().min(1024).optional(),
  })
  .strict();

export const faultsRequestSchema = z
  .object({incidents: faultSchema.optional(), uploads: faultSchema.optional()})
  .strict();

export type FaultTarget = keyof z.infer<typeof faultsRequestSchema>;

export type Fault =
  | {kind: 'fail'; status: number; retryAfter?: number}
  | {kind: 'drop-after-store'}
  | {kind: 'drop-after-bytes'; bytes: number};

export class FaultSwitch {
  private readonly planned = new Map<FaultTarget, z.infer<typeof faultSchema>>();

  set(request: z.infer<typeof faultsRequestSchema>): void {
    for (const [target, fault] of Object.entries(request) as [FaultTarget, z.infer<typeof faultSchema>][]) {
      this.planned.set(target, {...fault});
    }
  }

  /** What is still planned, for a test to check that a fault was used. */
  remaining(): Record<string, unknown> {
    return Object.fromEntries(this.planned);
  }

  clear(): void {
    this.planned.clear();
  }

  /** The planned `dropAfterBytes` of uploads, left in place (it is used up by {@link take} when it cuts). */
  plannedDropAfterBytes(): number | undefined {
    return this.planned.get('uploads')?.dropAfterBytes;
  }

  /** The planned `bytesPerSecond` of uploads: it lasts until the faults are cleared. */
  plannedBytesPerSecond(): number | undefined {
    return this.planned.get('uploads')?.bytesPerSecond;
  }

  /** The fault to apply to this request (about the incident `incidentId`), if any; each one is used up as it is taken. */
  take(target: FaultTarget, incidentId?: string): Fault | undefined {
    const fault = this.planned.get(target);
    if (!fault) return undefined;
    if (fault.incidentId !== undefined && fault.incidentId !== incidentId) return undefined;
    if (fault.fail && fault.fail > 0) {
      fault.fail -= 1;
      return {kind: 'fail', status: fault.status ?? 503, retryAfter: fault.retryAfter};
    }
    if (fault.dropAfterBytes) {
      const bytes = fault.dropAfterBytes;
      delete fault.dropAfterBytes;
      return {kind: 'drop-after-bytes', bytes};
    }
    if (fault.dropAfterStore && fault.dropAfterStore > 0) {
      fault.dropAfterStore -= 1;
      return {kind: 'drop-after-store'};
    }
    return undefined;
  }
}
