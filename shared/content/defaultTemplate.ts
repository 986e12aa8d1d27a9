/**
 * The default wording of the six lenses: titles, core questions, discussion prompts and the
 * five-level maturity scales. This module owns that text and nothing else. It is only a
 * starting point: each workshop freezes its own copy, and the facilitator may edit it, because
 * every organisation builds its own picture of what good looks like.
 */
import type { Template } from '../domain'

export const DEFAULT_TEMPLATE: Template = {
  id: 'vantage-default',
  name: 'Vantage six lenses',
  revision: 1,
  lenses: [
    {
      id: 'alignment',
      title: 'Alignment',
      coreQuestion:
        'Does everyone know what matters most and why, well enough to make good trade-offs without asking permission?',
      prompts: [
        'If we asked five people in different teams for our top three priorities, how alike would their answers be?',
        'When a team has to choose between two good options, what does it use to decide?',
        'Which decisions still come up to this room that could be made closer to the work?',
        'When a priority changes, how do teams learn why it changed and not only that it did?',
        'What have we decided not to do, and does everyone know it?',
      ],
      scale: [
        {
          level: 1,
          label: 'Orders only',
          description:
            'Work arrives as instructions; few people could explain what it is for or why it matters now.',
        },
        {
          level: 2,
          label: 'Goals on paper',
          description:
            'Goals are written down, but teams read them differently and pass most trade-offs upwards.',
        },
        {
          level: 3,
          label: 'Shared priorities',
          description:
            'Most people can name the priorities, but the reasons behind them are not widely understood.',
        },
        {
          level: 4,
          label: 'Shared context',
          description:
            'Teams know the priorities and the reasons, and make most trade-offs themselves within clear limits.',
        },
        {
          level: 5,
          label: 'Self-steering',
          description:
            'Strategy and context are open to all; teams decide, explain their choices and rarely need to ask.',
        },
      ],
    },
    {
      id: 'organisational-design',
      title: 'Organisational design',
      coreQuestion:
        'Is our structure built around the value we create and the people we create it for, or around functions and history?',
      prompts: [
        'When a customer problem crosses three of our departments, who owns solving it?',
        'Which parts of our structure exist mainly because of how we used to work?',
        'Where do handovers between groups slow the work down or water it down?',
        'How long does it take for what we learn from customers to change how we are organised?',
        'Do our teams stay together long enough to build deep knowledge of what they own?',
      ],
      scale: [
        {
          level: 1,
          label: 'Functional silos',
          description:
            'We are organised by function and history; nobody owns a customer outcome from start to finish.',
        },
        {
          level: 2,
          label: 'Project-based',
          description:
            'People are gathered into temporary projects and split up again once the work is delivered.',
        },
        {
          level: 3,
          label: 'Partly aligned',
          description:
            'Some stable teams own a product area, but most value still depends on handovers between silos.',
        },
        {
          level: 4,
          label: 'Value-aligned',
          description:
            'Most teams are stable and own part of a customer journey; feedback reaches them within weeks.',
        },
        {
          level: 5,
          label: 'Adapts on purpose',
          description:
            'Structure follows how value reaches customers, and we reshape it deliberately as we learn.',
        },
      ],
    },
    {
      id: 'product-team',
      title: 'The product team',
      coreQuestion:
        'Are our teams set up to own a problem end to end, or to deliver solutions that someone else has chosen?',
      prompts: [
        'Which core skills, such as product, design and engineering, does a typical team have full-time?',
        'When work reaches a team, is it a problem to solve or a feature to build?',
        'What can a team put in front of customers without waiting for another team?',
        'How often do people move between teams, and what does that cost us?',
        'How does a team find out whether what it built actually worked?',
      ],
      scale: [
        {
          level: 1,
          label: 'Order takers',
          description:
            'Teams receive specified features to deliver; skills are pooled and people switch teams often.',
        },
        {
          level: 2,
          label: 'Delivery teams',
          description:
            'Teams are stable and deliver well, but what to build and why is still decided elsewhere.',
        },
        {
          level: 3,
          label: 'Partly empowered',
          description:
            'Some teams are given problems to solve, though key skills are often part-time or borrowed.',
        },
        {
          level: 4,
          label: 'Empowered teams',
          description:
            'Most teams have their core skills full-time and choose how to solve the problems they own.',
        },
        {
          level: 5,
          label: 'Outcome owners',
          description:
            'Teams own outcomes end to end, measure their own impact and change course without asking.',
        },
      ],
    },
    {
      id: 'value-creation',
      title: 'Value creation process',
      coreQuestion:
        'Do we find out whether an idea is worth building before we build it, and keep learning after it ships?',
      prompts: [
        'What happened to the last idea that turned out not to be worth building, and when did we find out?',
        'How often do the people who build our products talk to the people who use them?',
        'Who decides what goes on the roadmap, and what evidence do they look at?',
        'How much of what we shipped last year can we show made a difference?',
        'Is it safe here to stop something we have already started?',
      ],
      scale: [
        {
          level: 1,
          label: 'Build to order',
          description:
            'Ideas go straight onto the roadmap and into delivery; success means shipping on time.',
        },
        {
          level: 2,
          label: 'Occasional research',
          description:
            'Research happens now and then, mostly to confirm a decision that has already been made.',
        },
        {
          level: 3,
          label: 'Some discovery',
          description:
            'Some teams test important ideas before building, depending on the team and the deadline.',
        },
        {
          level: 4,
          label: 'Regular discovery',
          description:
            'Most teams test whether an idea is valuable and feasible first, and check results after release.',
        },
        {
          level: 5,
          label: 'Continuous learning',
          description:
            'Discovery is a weekly habit; evidence decides what is built, changed or stopped early.',
        },
      ],
    },
    {
      id: 'cross-functional-integration',
      title: 'Cross-functional integration',
      coreQuestion:
        'How easily can a team get something done together with marketing, sales, support, legal, data and the rest of the business?',
      prompts: [
        'What does a team have to go through to launch a change to customers, and which of those steps really help?',
        'Which groups do teams only meet at the end, when it is too late to shape the work?',
        'How do we choose whether another function is embedded in a team, collaborates with it or is consulted?',
        'Where does work wait in a queue owned by another group, and for how long?',
        'Does what sales, support and marketing hear from customers reach the teams and change what they do?',
      ],
      scale: [
        {
          level: 1,
          label: 'Gatekeepers',
          description:
            'Other functions act as gates at the end; teams wait in queues and learn the rules by being blocked.',
        },
        {
          level: 2,
          label: 'Tickets and favours',
          description:
            'Teams reach other functions through tickets and approvals; progress depends on personal favours.',
        },
        {
          level: 3,
          label: 'Known contacts',
          description:
            'Teams know whom to ask and some functions join early, but most processes ignore how teams work.',
        },
        {
          level: 4,
          label: 'Agreed ways',
          description:
            'How each function works with teams is agreed on purpose, and unneeded steps are being removed.',
        },
        {
          level: 5,
          label: 'Built in',
          description:
            'Other functions help shape the work from the start; every remaining step is there for a reason.',
        },
      ],
    },
    {
      id: 'leadership',
      title: 'Leadership',
      coreQuestion: 'Do we, as leaders, behave in the way our new operating model needs us to?',
      prompts: [
        'When did one of us last change our mind because of something a team showed us?',
        'When we meet our teams, do we spend more time asking questions or giving answers?',
        'Which of our own habits would teams have to work around in the model we want?',
        'How do we find out what is really happening, other than through status reports?',
        'What are we doing differently ourselves, so that others can see the change is real?',
      ],
      scale: [
        {
          level: 1,
          label: 'Command',
          description:
            'Leaders decide and direct; questions are taken as resistance and news travels up in reports.',
        },
        {
          level: 2,
          label: 'Delegating tasks',
          description:
            'Leaders hand out tasks but keep the decisions, and talk about change more than they show it.',
        },
        {
          level: 3,
          label: 'Mixed signals',
          description:
            'Some leaders coach and ask while others still direct; teams act differently depending on who is present.',
        },
        {
          level: 4,
          label: 'Coaching',
          description:
            'Most leaders set context, ask good questions and back team decisions they would have made differently.',
        },
        {
          level: 5,
          label: 'Role models',
          description:
            'Leaders stay curious, go and see for themselves, admit what they do not know and model the change.',
        },
      ],
    },
  ],
}
