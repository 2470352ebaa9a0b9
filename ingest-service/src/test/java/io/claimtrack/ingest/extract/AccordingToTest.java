package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.mentions;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "According to X" and the source phrases that work like it. */
class AccordingToTest {

    @Test
    void aCopyOfTheDocumentTheClausesOwnCueWasGivenInIsNoSpeaker() {
        assertMentions("The council told residents in a letter on Monday that the bridge would close for a month, according to a"
                        + " copy of the letter seen by the Courier.",
                "The council | the bridge would close for a month | told | indirect");
        // A document the clause does not name as its cue's medium still reports the whole clause.
        assertMentions("Holm told investigators that he had paid the inspector twice, according to a transcript of the interview.",
                "a transcript of the interview | Holm told investigators that he had paid the inspector twice | according to | indirect");
    }

    @Test
    void accordingToAndAsNoted() {
        AnnotatedDocument doc = attribute("""
                According to the Finance Ministry, the deficit narrowed to 2.1 percent.
                Exports grew by a fifth, according to the Finance Ministry.
                As Brandt noted, the buses were already full.
                """);

        assertEquals(List.of(
                "the Finance Ministry | the deficit narrowed to 2.1 percent | According to | indirect",
                "the Finance Ministry | Exports grew by a fifth | according to | indirect",
                "Brandt | the buses were already full | noted | indirect"), mentions(doc));
        assertEquals(Attribution.Source.ACCORDING_TO, statement(doc, "Exports grew by a fifth").source);
    }

    @Test
    void aRelativeClauseOnAFrontedSourceIsNoPartOfWhatWasSaid() {
        AnnotatedDocument doc = attribute("""
                According to Ola Berg, who has fished the fjord for 30 years, the cod are moving north.
                In the view of Mari Lund, who studies harbours at the university, the pier will not last the winter.
                """);

        assertEquals(List.of(
                "Ola Berg | the cod are moving north | According to | indirect",
                "Mari Lund | the pier will not last the winter | In the view of | indirect"), mentions(doc));
    }

    @Test
    void accordingToWhatTheSpeakerHimselfKnowsIsNoOtherSource() {
        assertMentions("""
                Anna Holm: The pier is closed. According to the information we have, all the crew are safe. According \
                to our records, the ferry left on time.

                According to the harbour board, the ferry left late.
                """,
                "Anna Holm | The pier is closed. According to the information we have, all the crew are safe. According to our records, the ferry left on time | : | indirect",
                "the harbour board | the ferry left late | According to | indirect");
    }

    @Test
    void theOwnerOfTheWordsInHisWordsSpeaks() {
        String text = """
                Tom Holm backs the harbour plan, but, in his words, any such deal would be premature.

                Ada Lund wants a second pier because, in her own words, “the old one is a ruin.”
                """;
        assertEquals(List.of(
                "Tom Holm | the harbour plan | backs | indirect",
                "his | any such deal would be premature | in his words | indirect",
                "Ada Lund | a second pier because, in her own words, “the old one is a ruin.” | wants | mixed",
                "her | “the old one is a ruin.” | in her own words | direct"), mentions(attribute(text)));
        AnnotatedDocument doc = Pipeline.extract(text);
        Pipeline.assertSpeaker(doc, "any such deal would be premature", "Tom Holm");
        Pipeline.assertSpeaker(doc, "“the old one is a ruin.”", "Ada Lund");
    }

    /** "In her view," and "in his opinion," are her and his words as "in his words" is; "in her view of" is a sight. */
    @Test
    void theOwnerOfAViewSpeaks() {
        String text = """
                Rosa Tamm, who teaches economics at Harwick College, studied the ferry accounts for a year.

                In her view, the harbour board has been underpricing its tickets since 2019.

                Ivo Marr ran the ferries for a decade. In his opinion, the fares should have doubled long ago.

                Ada Lund painted the cranes in her view of the harbour at dawn.
                """;
        AnnotatedDocument doc = Pipeline.extract(text);
        Pipeline.assertSpeaker(doc, "the harbour board has been underpricing its tickets since 2019", "Rosa Tamm");
        Pipeline.assertSpeaker(doc, "the fares should have doubled long ago", "Ivo Marr");
        assertEquals(List.of(
                "her | the harbour board has been underpricing its tickets since 2019 | In her view | indirect",
                "his | the fares should have doubled long ago | In his opinion | indirect"),
                mentions(attribute(text)));
    }

    @Test
    void aDemonstrativeBeforeTheCueStandsForTheSentenceBefore() {
        // "That's according to X": what X gives is the sentence before; the words after X are no content.
        assertMentions("""
                The ferries carried 2,000 people in May.

                That’s according to early figures released by the harbour board and the port authority on Friday.

                This is according to a survey of pilots conducted for the board and the council in June.
                """);
        assertMentions("According to early figures released by the harbour board, the ferries carried 2,000 people.",
                "early figures released by the harbour board | the ferries carried 2,000 people | According to | indirect");
    }

    @Test
    void sourcePhrasesThatWorkLikeAccordingTo() {
        assertMentions("""
                In the words of the mayor, the city is broke.
                Under the treaty, both sides will withdraw by May.
                """,
                "the mayor | the city is broke | In the words of | indirect",
                "the treaty | both sides will withdraw by May | Under | indirect");
    }

    /** The content starts after the comma; the reader's "seen by the Wire" is no part of the source (round 48). */
    @Test
    void accordingToSourceRunsToTheComma() {
        assertMentions("According to a ministry memo seen by the Wire, the budget will grow.",
                "a ministry memo | the budget will grow | According to | indirect");
    }

    @Test
    void aConnectiveOrAdverbialBeforeAFrontedAccordingToIsNoContent() {
        assertMentions("""
                But, according to the poll, most riders back the new fares.
                In addition, according to the ministry, nine more piers will close.
                After the storm, according to police, the ferry ran aground.
                """,
                "the poll | most riders back the new fares | according to | indirect",
                "the ministry | nine more piers will close | according to | indirect",
                "police | the ferry ran aground | according to | indirect");
    }

    @Test
    void aBracketOrColonOpensTheClauseOfAFrontedAccordingTo() {
        assertMentions("""
                The pier stays shut. (According to the port authority, it keeps no count of ferries.)
                It has not gone unnoticed: According to recent polls, Holm holds a narrow lead.
                """,
                "the port authority | it keeps no count of ferries | According to | indirect",
                "recent polls | Holm holds a narrow lead | According to | indirect");
    }

    @Test
    void aPhraseOpeningAReportedClauseGivesTheClauseAfterItsSource() {
        assertMentions("""
                The Courier reported that, according to an analysis of the ledgers, the port lost 2 million crowns.
                """,
                "The Courier | according to an analysis of the ledgers, the port lost 2 million crowns | reported | indirect",
                "an analysis of the ledgers | the port lost 2 million crowns | according to | indirect");
    }

    @Test
    void aClauseBeforeTheCommaStaysTheContent() {
        assertMentions("The fares rose sharply, according to the board.",
                "the board | The fares rose sharply | according to | indirect");
    }

    @Test
    void aPassiveCueAfterAsOpeningTheSentenceNamesItsSourceAfterBy() {
        assertMentions("""
                As reported by the Harbour Gazette, the council was warned about the pier in 2019.
                As first noted by the port board, the ferry fares rose by a third in May.
                """,
                "the Harbour Gazette | the council was warned about the pier in 2019 | As reported by | indirect",
                "the port board | the ferry fares rose by a third in May | As first noted by | indirect");
    }

    @Test
    void afterAQuotationsOwnCueOrWithNoCueItIsNoSource() {
        assertMentions("""
                “The pier is safe,” Holm said, as reported by the Harbour Gazette.
                As the ferry was delayed by fog, the pilots waited at the pier.
                """,
                "Holm | “The pier is safe,” | said | direct");
    }

    @Test
    void afterASubordinatorOrAnOpeningSubordinateClauseTheMainClauseIsWhatWasSaid() {
        assertMentions("""
                The ferry left early because, according to the harbour master, the storm was coming.

                While most of the piers were repaired, according to the port board, two remain closed to traffic.

                The pilots went home soon after, according to Lund.
                """,
                "the harbour master | the storm was coming | according to | indirect",
                "the port board | two remain closed to traffic | according to | indirect",
                "Lund | The pilots went home soon after | according to | indirect");
    }

    @Test
    void aSourceJoinedByButOrAndIsOneSource() {
        // "complete but unofficial returns": the source runs across "but" to the sentence's end.
        assertMentions("""
                Holm was leading in the port ward, according to complete but unofficial returns.
                The ferries ran late all week, according to pilots and harbour staff.
                """,
                "complete but unofficial returns | Holm was leading in the port ward | according to | indirect",
                "pilots and harbour staff | The ferries ran late all week | according to | indirect");
    }

    @Test
    void aClauseOpenedByAnAdverbialBeforeALateAccordingToIsTheContent() {
        // "On Tuesday she lost the primary": a subject after the opening adverbial makes it a clause, the content.
        assertMentions("On Tuesday she lost the ward but kept the council seat, according to the returns.",
                "the returns | On Tuesday she lost the ward but kept the council seat | according to | indirect");
    }

    /** Issue 10, thirty-seventh round: "according to" set off right after a relative pronoun opens the relative clause's words. */
    @Test
    void accordingToAfterARelativePronounGivesTheRestOfTheRelativeClause() {
        AnnotatedDocument doc = attribute("""
                Ms Ardal informed her counterpart about the visit of the envoy to Kelm, who, according to her, found \
                "a real readiness" to talk.
                """);

        assertEquals(List.of("her | found \"a real readiness\" to talk | according to | mixed"), mentions(doc));
    }

    @Test
    void aPastVerbAfterAMidClauseSourceGoesOnWithTheSubjectBeforeIt() {
        assertMentions("""
                Attendance, according to the organisers, doubled to 4,000 this spring.
                The lift broke down twice, according to the caretaker, compared with once last year.
                """,
                "the organisers | Attendance, according to the organisers, doubled to 4,000 this spring | according to | indirect",
                "the caretaker | The lift broke down twice | according to | indirect");
    }

    @Test
    void aPresentVerbAfterAMidClauseSourceGoesOnWithTheSubjectBeforeIt() {
        assertMentions("""
                The backlog, according to the registry, stands at 900 files.
                The pump failed twice, according to the wardens, weeks before the inspection.
                """,
                "the registry | The backlog, according to the registry, stands at 900 files | according to | indirect",
                "the wardens | The pump failed twice | according to | indirect");
    }

    @Test
    void aSourceRunningToTheEndOfTheTextEndsTheStatementThere() {
        // A text cut off inside the source (no full stop, nothing after it) once read one token past the last.
        AnnotatedDocument doc = attribute("Fares rose, according to the operator Tramlink and the Harbour Board");

        assertEquals(List.of("the operator Tramlink and the Harbour Board | Fares rose | according to | indirect"), mentions(doc));
    }

    /** Round 53: a report, then ", but" and a clause a closing "according to X" sources: two speakers. */
    @Test
    void aReportThenButAndASourcedClauseAreTwoStatements() {
        assertMentions("Alderman Pia Strand said she would put the lido to a public vote, but the tank leaks 40,000 litres a day,"
                        + " according to a 2031 survey commissioned by the parish.",
                "Alderman Pia Strand | she would put the lido to a public vote | said | indirect",
                "a 2031 survey | the tank leaks 40,000 litres a day | according to | indirect");
    }

    /** Round 60: a closing "according to her" is the woman just named, as "according to him" is the man. */
    @Test
    void aClosingAccordingToHerIsThePersonBefore() {
        AnnotatedDocument doc = Pipeline.extract("""
                Hilda Marsh-Oyelaran, a retired nurse, said the council had ignored the leak for years. The minutes were \
                removed from the website in May, according to her.
                """);

        Pipeline.assertSpeaker(doc, "The minutes were removed from the website in May", "Hilda Marsh-Oyelaran");
    }

    /** Round 61: a report of its own before a closing "according to" figures: the figures back it and say nothing. */
    @Test
    void figuresClosingAReportOfItsOwnBackItAndSayNothing() {
        assertMentions("The treasurer, Oona Blake-Marr, confirmed that the fund ended the year in surplus, according to preliminary figures.",
                "The treasurer, Oona Blake-Marr | the fund ended the year in surplus, according to preliminary figures | confirmed | indirect");
        // Without a report of its own, the figures source the clause.
        assertMentions("The fund ended the year in surplus, according to preliminary figures.",
                "preliminary figures | The fund ended the year in surplus | according to | indirect");
    }
}
