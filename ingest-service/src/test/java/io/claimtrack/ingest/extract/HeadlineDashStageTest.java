package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.mentions;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Headline dashes: the speaker after the dash. */
class HeadlineDashStageTest {

    @Test
    void headlineDashNamesTheSpeakerOfTheHeadline() {
        AnnotatedDocument doc = attribute("Ceasefire talks have stalled — Interior ministry\nEnvoys left Geneva.");

        assertEquals(List.of("Interior ministry | Ceasefire talks have stalled |  | indirect"), mentions(doc));
        Attribution a = statement(doc, "Ceasefire talks have stalled");
        assertEquals(Attribution.Source.HEADLINE, a.source);
        assertEquals(SpeakerKind.ORGANIZATION, a.kind);
    }

    /** Round 60: a release's masthead, a body's or a town's name before its office, signs nothing. */
    @Test
    void aMastheadOfABodyAndItsOfficeSaysNothing() {
        assertMentions("Town of Ellery — Department of Public Works\nMill Street will close for resurfacing in June.");
        assertMentions("Kessby Harbour Board — Office of the Harbourmaster\nThe quay will close for repairs in June.");
        assertMentions("Ferry fares will stay frozen through 2039 — Harbour Authority\nThe authority gave no reason.",
                "Harbour Authority | Ferry fares will stay frozen through 2039 |  | indirect");
    }

    @Test
    void verbBeforeAHeadlineDashIsNoCue() {
        assertMentions("Russia demands reaction to recent attacks — senior diplomat",
                "senior diplomat | Russia demands reaction to recent attacks |  | indirect");
    }

    /**
     * A typed "--" (two hyphens) signs a headline as a long dash does, its lower-case role resolved to the official the
     * story names (round 42, set AE's B8); hyphens inside a headline's words ("cross-border") sign nothing.
     */
    @Test
    void aTypedDoubleHyphenSignsAHeadline() {
        AnnotatedDocument doc = Pipeline.extract("""
                Ferry fares to rise in spring -- harbour commissioner

                Harbour Commissioner Olwen Strake said on Monday that fares would rise by 5%.
                """);
        Pipeline.assertSpeaker(doc, "Ferry fares to rise in spring", "Olwen Strake");
        assertMentions("Cross-border ferry fares to rise in spring\nFares rose last year.");
        assertMentions("Ferry fares to rise in spring--harbour commissioner\nFares rose last year.");
    }

    /** A wire's tag glued to its source ("... -sources", "... -document"), spaced before and not after, is a dash. */
    @Test
    void aWireTagGluedToItsSourceIsAHeadlineDash() {
        assertMentions("""
                Harbour board weighs ferry fare rise as passengers drift away -sources

                Fares could rise by a tenth in April, two people familiar with the plan said.
                """,
                "sources | Harbour board weighs ferry fare rise as passengers drift away |  | indirect",
                "two people familiar with the plan | Fares could rise by a tenth in April | said | indirect");
        assertMentions("Ferry fares up 3% -6% on island routes\n\nThe board raised fares on Monday.");
    }

    @Test
    void aLiveBlogsTimeStampBeforeADashIsNoStatement() {
        assertMentions("""
                8:40 p.m. — Polls closing in Bergen

                Voters queued past the harbour into the evening.

                21:15 CET – Ferry vote counted

                The ferry measure passed, the clerk said.
                """,
                "the clerk | The ferry measure passed | said | indirect");
    }

    @Test
    void aReleasesDatelineBeforeItsPlaceIsNoStatement() {
        assertMentions("""
                FORESTRY AGENCY OF VORIA - NEWS RELEASE

                Moose strikes cyclist on lakeshore trail

                June 3, 2033 - Birchmere Provincial Park

                A cyclist was hurt by a moose on Sunday evening.

                14 March 2032 - Harrow Wetlands Reserve

                The boardwalk reopened on Monday, the ranger said.
                """,
                "the ranger | The boardwalk reopened on Monday | said | indirect");
    }

    @Test
    void aReleasesEmbargoLineBeforeItsDateIsNoStatement() {
        assertMentions("""
                HARBOUR BOARD OF LINNMOUTH

                NEWS RELEASE
                For immediate release - 19 August 2036

                Pilot boats back in service

                The pilot boats returned on Tuesday, the harbour master said.
                """,
                "the harbour master | The pilot boats returned on Tuesday | said | indirect");
    }

    @Test
    void aPagesKindAfterTheDashSignsNothing() {
        // "Public notice" names what the page is; "- Tessaly Harbour Authority" still signs its headline.
        assertMentions("""
                Town of Ellery - Public notice

                Water main repairs on Dunmore Street

                Ferry timetable unchanged this winter - Tessaly Harbour Authority
                """,
                "Tessaly Harbour Authority | Ferry timetable unchanged this winter |  | indirect");
    }
}
