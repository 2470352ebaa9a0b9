package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * A clause subject set off from its cue by asides the speaker-phrase scan does not read: a long or stacked
 * aside after a subject that is no name, a description before the name, a party label in brackets before the
 * comma, a possessive apostrophe, an aside between dashes (issue 9, tenth round).
 */
class SubjectAsidesTest {

    @Test
    void subjectWithAPrepositionalTailBeforeAnAside() {
        assertMentions("Four regional papers in the valley, including the Herald, said the mayor should resign.",
                "Four regional papers | the mayor should resign | said | indirect");
    }

    @Test
    void longAsideAfterADescribedName() {
        assertMentions("County delegate Mira Kolb, dressed in a green coat with badges that spelled out the town's name, "
                        + "said the vote could fail.",
                "County delegate Mira Kolb | the vote could fail | said | indirect");
        assertMentions("The nurse of eleven years, a union member who has worked the night shift on the ward since the spring, "
                        + "said the ward was short of staff.",
                "The nurse | the ward was short of staff | said | indirect");
    }

    @Test
    void aSecondRelativeClauseJoinedByAndAfterTheSubjectsOwn() {
        assertMentions("A bakery manager in Tolsby who sold 40 cakes to the caterer, and who asked not to be named, said she had"
                        + " never seen a complaint.",
                "A bakery manager | she had never seen a complaint | said | indirect");
    }

    @Test
    void adverbialClauseAsideAfterADescribedPerson() {
        // Round 58: the "until" clause is the aside; the crossing named inside the relative clause does not speak.
        assertMentions("A retired welder who watched the crossing at Dock Road for eleven years, until his back gave out in"
                        + " April, said the pay was never the issue.",
                "A retired welder | the pay was never the issue | said | indirect");
        assertMentions("A retired welder who watched the crossing at Dock Road and 2nd Street for eleven years, until his back"
                        + " gave out in April, said the pay was never the issue.",
                "A retired welder | the pay was never the issue | said | indirect");
    }

    @Test
    void subordinatorInsideTheSubjectsRelativeClause() {
        // Round 58: "until last year" belongs to the "who" clause; the subject is no adverbial clause of its own.
        assertMentions("A former porter who worked at the hotel until last year, and who asked not to be named because he"
                        + " still works in the trade, said the lock had been broken for months.",
                "A former porter | the lock had been broken for months | said | indirect");
    }

    @Test
    void nameInTheAsideNamesTheDescription() {
        assertMentions("Another juror on the panel, Oskar Lind, said he had doubts from the start.",
                "Another juror on the panel, Oskar Lind | he had doubts from the start | said | indirect");
    }

    @Test
    void partyLabelBeforeTheComma() {
        assertMentions("Sen. Ada Brandt (D-Vt.), said after the hearing that she had not read the bill.",
                "Sen. Ada Brandt | she had not read the bill | said | indirect");
    }

    @Test
    void possessiveApostropheInTheAside() {
        assertMentions("Lena Voss, the Greens' chief strategist, said turnout would decide it.",
                "Lena Voss | turnout would decide it | said | indirect");
    }

    @Test
    void asideBetweenDashes() {
        assertMentions("The chief judge -- who has clashed with the governor over the budget for months -- said the "
                        + "courts would close early.",
                "The chief judge | the courts would close early | said | indirect");
        assertMentions("Many farmers at the fair — including growers, ranchers, beekeepers — said the drought was the worst "
                        + "in memory.",
                "Many farmers at the fair | the drought was the worst in memory | said | indirect");
    }

    @Test
    void asideBeforeAQuotation() {
        assertMentions("Tomas Reyes, who runs the clinic's outreach for rural families, said, \"We cannot keep up.\"",
                "Tomas Reyes | \"We cannot keep up.\" | said | direct");
    }

    @Test
    void contentBeforeAnInvertedSpeakerIsNoSubject() {
        // The speaker follows the cue, so what stands before the comma is what was said, asides and all.
        assertMentions("Prices in the region, including fuel and bread, rose sharply, said Hugo Marin.",
                "Hugo Marin | Prices in the region, including fuel and bread, rose sharply | said | indirect");
    }

    @Test
    void listItemIsNoAside() {
        // "taxes and other issues" is the next item of a list, not an aside after "The firm".
        assertMentions("The firm lobbied the state on gaming, taxes and other issues, said a former partner.",
                "a former partner | The firm lobbied the state on gaming, taxes and other issues | said | indirect");
    }

    @Test
    void irregularParticipleWithItsAgentOpensAnAside() {
        // "run by", "held by": a participle that shares its form with a past or base verb; the name after "by" is
        // the agent, so the subject before the aside speaks.
        assertMentions("The harbour trust, run by Edda Moen, a retired pilot, said the quay would reopen in May.",
                "The harbour trust | the quay would reopen in May | said | indirect");
        assertMentions("The relief fund, held by Jonas Aker, an accountant in Bergen, said every claim was paid.",
                "The relief fund | every claim was paid | said | indirect");
    }

    @Test
    void nameAsideWithoutAParticipleStillNamesTheDescription() {
        assertMentions("The trust's new chair, Edda Moen, said the quay would reopen in May.",
                "The trust's new chair, Edda Moen | the quay would reopen in May | said | indirect");
    }

    @Test
    void clauseInTheAsideIsNoAside() {
        // "the plan would fail" holds a finite verb outside a relative clause: a clause, not an aside.
        assertMentions("The council, the plan would fail, said nothing.");
    }
}
