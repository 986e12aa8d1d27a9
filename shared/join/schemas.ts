/**
 * zod schemas of what crosses into the laptop from a phone, and of the views the renderer hands
 * main to send out. A phone's rating is checked with the session file's own rating rules (the
 * same value, note, id and state schemas), and a name it asks for with the participant name rules.
 */
import { z } from 'zod'
import { LENS_STEPS, MATURITY_LEVELS, NAME_MAX_LENGTH, RATING_STATES } from '../domain'
import { participantSchema, ratingSchema } from '../schema/sessionSchema'
import { isDeviceId } from './codes'
import type { DeviceView, PhoneInput } from './protocol'

const rating = ratingSchema.shape

export const phoneRatingSchema = z.strictObject({
  lensId: rating.lensId,
  state: rating.state,
  value: rating.value,
  note: rating.note,
  seq: z.int().min(0).max(1_000_000),
})

export const phoneInputSchema = z.strictObject({
  claim: participantSchema.shape.id.nullable().optional(),
  ask: z.string().trim().min(1).max(NAME_MAX_LENGTH).nullable().optional(),
  rating: phoneRatingSchema.nullable().optional(),
}) satisfies z.ZodType<PhoneInput>

export const deviceIdSchema = z.string().refine(isDeviceId, 'deviceId')

const text = z.string().max(2000)
const scaleLevel = z.strictObject({
  level: z.literal(MATURITY_LEVELS),
  label: text,
  description: text,
})

export const deviceViewSchema = z.strictObject({
  workshopTitle: text,
  deviceLabel: z.string().max(40),
  anonymous: z.boolean(),
  me: z
    .strictObject({ participantId: participantSchema.shape.id, name: text.nullable() })
    .nullable(),
  people: z
    .array(z.strictObject({ participantId: participantSchema.shape.id, name: text }))
    .max(200),
  asked: text.nullable(),
  step: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('waiting'), at: z.enum(LENS_STEPS).nullable() }),
    z.strictObject({
      kind: z.literal('rate'),
      state: z.enum(RATING_STATES),
      lens: z.strictObject({
        lensId: rating.lensId,
        title: text,
        coreQuestion: text,
        number: z.int().min(1),
        count: z.int().min(1),
        scale: z.array(scaleLevel).max(5),
      }),
    }),
  ]),
  sent: z.strictObject({ value: rating.value, noted: z.boolean() }).nullable(),
  withdrawn: z.boolean(),
}) satisfies z.ZodType<DeviceView>

/** What the renderer asks main to send: one view per device, at most one message's worth. */
export const deviceViewsSchema = z
  .array(z.strictObject({ deviceId: deviceIdSchema, view: deviceViewSchema }))
  .max(200)
