package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A cue word that would not agree in number with the subject before it is the noun. */
class NumberAgreementTest {

    @Test
    void theBareFormAfterASingularDeterminerIsTheNoun() {
        assertEquals(List.of(), cues("A big question remains for the harbour board. Holm kept a private email server "
                + "at home. His annual disclosure report provides little detail. After a close call on the bridge, "
                + "the pilots went home. Police treated the fire as a terrorist attack and closed the pier."));
    }

    /** Round 47: after "One" the bare form is the noun it counts, so a questioner's opener gives no speaker "One". */
    @Test
    void theBareFormAfterOneIsTheNoun() {
        assertMentions("""
                Harbour talks

                Ada Lund: The ferry will run twice a day from May.

                Pavel Hollis, Chair of the Pilots Guild: Thank you, Prime Minister. The second crew costs money.

                Ada Lund: It does.

                Pavel Hollis: One question, Prime Minister. Who pays for the second crew?

                Ada Lund: The port does.
                """,
                "Ada Lund | The ferry will run twice a day from May | : | indirect",
                "Pavel Hollis | Thank you, Prime Minister. The second crew costs money | : | indirect",
                "Ada Lund | It does | : | indirect",
                "Ada Lund | The port does | : | indirect");
    }

    /** Round 61: "the parking plan" before a quotation: the "-ing" noun and the bare form make one noun, no subject and verb. */
    @Test
    void theBareFormAfterTheAndANounInIngIsTheNoun() {
        assertMentions("Alderman Pia Okonjo-Brandt said the roads were better but that the parking plan \"creates more problems than it solves.\"",
                "Alderman Pia Okonjo-Brandt | the roads were better but that the parking plan \"creates more problems than it solves.\" | said | mixed");
    }

    @Test
    void theSFormAfterAPluralQuantityIsTheNoun() {
        assertEquals(List.of(), cues("Two emails sent to the board were lost. The council released 64 emails on Friday. "
                + "Some emails from the mayor went missing, and several new claims of fraud followed."));
    }

    @Test
    void theSFormBeforeThatAndAPluralVerbIsTheNoun() {
        assertEquals(List.of(), cues("Coastal states that have lost their ferries held a vote. Inland states that were "
                + "spared by the storm do not need the fund."));
    }

    @Test
    void aThatBeforeASingularOrModalVerbLeavesTheVerb() {
        assertMentions("""
                Ferries stay free

                Councillor Holm states that the toll is fair. The harbour master claims that will never happen.
                """,
                "Councillor Holm | the toll is fair | states | indirect",
                "The harbour master | that will never happen | claims | indirect");
    }

    @Test
    void pluralSubjectsWithTheBareFormAndASingularNumberStaySpeakers() {
        assertMentions("""
                Ferries stay free

                Some argue the toll is fair. Two councillors insist the ferries must stay. A 2019 audit argues that \
                the ferries stay free. Article 12 affirms that the port is public. Some cheer when Holm insists \
                that the bridge must wait.
                """,
                "Some | the toll is fair | argue | indirect",
                "Two councillors | the ferries must stay | insist | indirect",
                "A 2019 audit | the ferries stay free | argues | indirect",
                "Article | the port is public | affirms | indirect",
                "Holm | the bridge must wait | insists | indirect");
    }

    @Test
    void noStatementOpensAtTheNoun() {
        assertMentions("""
                Ferries stay free

                Councillor Holm asserts that his financial disclosure report provides enough detail.
                """,
                "Councillor Holm | his financial disclosure report provides enough detail | asserts | indirect");
    }

    @Test
    void singularSubjectsWithTheSFormAndPluralOrSharedSubjectsStaySpeakers() {
        assertMentions("""
                Ferries stay free

                His aide argues the toll will go. His aides argue the fares will stay. A third believe they will vote \
                for Holm. Sources close to her campaign insist she will run. A spokesman for his party would claim \
                the vote was close. Her team believe the bridge is safe.
                """,
                "His aide | the toll will go | argues | indirect",
                "His aides | the fares will stay | argue | indirect",
                "A third | they will vote for Holm | believe | indirect",
                "Sources close to her campaign | she will run | insist | indirect",
                "A spokesman for his party | the vote was close | claim | indirect",
                "Her team | the bridge is safe | believe | indirect");
    }

    @Test
    void anAdjectiveInSIsNoPluralInATitleCaseHeadline() {
        // "-ous" and "-us" words are singular: "A Curious Plan" is the noun after a singular determiner.
        assertEquals(List.of(), cues("A Curious Plan to Save the Harbour Ferries\n\nThe board met on Friday."));
        assertEquals(List.of("Plans"), cues("Mayor Holm Plans to Save the Harbour Ferries\n\nThe board met on Friday."));
    }

    /** Round 52: a capitalised "Further" opening the sentence counts the "-s" form after it, a plural noun; "X further claims" stays. */
    @Test
    void theFormAfterAnOpeningFurtherIsThePluralNoun() {
        assertMentions("Further warnings came from the coast guard on Tuesday. Ada Lund further claims that the pier is unsafe.",
                "Ada Lund | the pier is unsafe | claims | indirect");
    }

    /**
     * Round 55 (olderres2): a year between the article and the noun dates the noun ("A 2036 safety report by ..."), so
     * the bare form after it is still the noun, and the document speaks for its maker after "by".
     */
    @Test
    void theBareFormAfterADatedNounIsTheNoun() {
        assertSpeaker(extract("""
                Is the pier safe? A 2036 safety report by the engineering firm Halvard Quist, hired by the harbour board, \
                found that the pier's pilings were in "fair" condition and should be replaced within ten years.
                """), "the pier's pilings were in \"fair\" condition and should be replaced within ten years", "Halvard Quist");
    }

    /** A year in the sentence's adverbial ("Since 2030") opens no singular subject: the plain verb after it still speaks. */
    @Test
    void aYearInAnAdverbialLeavesTheVerb() {
        assertEquals(List.of("the cranes are safe"), contents(extract("Since 2030 harbour staff report that the cranes are safe.")));
    }

    /**
     * Round 56: "its investigation report into the fall": a document noun before the bare form of another is the
     * compound's modifier, no subject of the verb "report"; "its inspectors report that" stays a statement.
     */
    @Test
    void aDocumentNounBeforeTheBareFormOfAnotherIsACompound() {
        assertEquals(List.of(), contents(extract(
                "The Quarry Board of Ostvik today released its investigation report into the blast at the Hamra pit.")));
        assertEquals(List.of("the blast was avoidable"), contents(extract("Its inspectors report that the blast was avoidable.")));
    }

    /**
     * Round 59: in a title-case headline a cue form right after a verb that takes words as its object ("Hears", "Faces")
     * is the object, a noun; a cue form after a noun subject stays ("Harbour Report Reveals").
     */
    @Test
    void aCueFormAfterAHeadlineVerbIsItsObject() {
        assertEquals(List.of(), cues("Assembly Hears Appeals for Calm in Varrow\n\nThe assembly met on Monday."));
        assertEquals(List.of(), cues("Harbour Budget Faces Calls for Audit\n\nThe board met on Friday."));
        assertEquals(List.of("Reveals"), cues("Harbour Report Reveals Gaps in Ferry Safety\n\nThe board met on Friday."));
        assertEquals(List.of("Calls for"), cues("Mayor Calls for Audit of Harbour Fund\n\nThe board met on Friday."));
    }

    /** Round 59: a cue's bare present after a quotation takes no singular phrase after it for its inverted subject. */
    @Test
    void theBareFormAfterAQuotationHasNoSingularInvertedSubject() {
        AnnotatedDocument doc = extract("""
                Gales 'the fiercest since 1987' threaten Orrisby apple harvest, weather office warns

                Winds of 140 km/h reached the Orrisby coast on Friday, the Tarnby Weather Office said.
                """);
        assertEquals(List.of(), contents(doc).stream().filter(c -> c.startsWith("Gales 'the fiercest since 1987'")
                && !c.contains("harvest")).toList());
        // The plural subject takes the bare form: "warn Orrisby growers" is still who says it.
        assertSpeaker(extract("""
                'Harvest is lost' warn Orrisby growers

                Frost hit the Orrisby orchards on Friday.
                """), "'Harvest is lost'", "Orrisby growers");
    }
}
