/** English text of the compare tab's radar view. */
export const radar = {
  heading: "The room's map: today and the target",
  intro:
    'Where the room agreed it stands today on each lens, and where it wants to be: 1 near the centre, 5 at the edge.',
  chart: {
    title: 'Agreed scores per lens: today and the target',
    titleWithPerson: "Agreed scores per lens: today and the target, with {{person}}'s own",
    description:
      'One axis per lens, level 1 near the centre and 5 at the edge. The table beside the chart has the same numbers.',
  },
  series: {
    current: 'Today (agreed)',
    target: 'Target (agreed)',
    personCurrent: '{{person}}: today',
    personTarget: '{{person}}: target',
  },
  overlay: {
    label: 'Overlay a person',
    hint: 'Their own ratings, only where the room has already seen them.',
    nobody: 'Nobody',
  },
  table: {
    caption: 'Agreed scores per lens',
    captionWithPerson: "Agreed scores per lens, with {{person}}'s own",
    lens: 'Lens',
    current: 'Today',
    target: 'Target',
    gap: 'Gap',
    personCurrent: '{{person}}: today',
    personTarget: '{{person}}: target',
  },
  /** A person's cell where the chart has no point: unsure, not rated, or not revealed yet. */
  personUnsure: 'Unsure',
  personNoScore: 'No score',
  gapValue: '+{{gap}}',
  empty:
    'No lens has an agreed score yet. As soon as the room agrees where it stands today or where it wants to be on a lens, it appears on the map here.',
  noLenses: 'The agenda has no lenses yet, so there is nothing to map.',
}
