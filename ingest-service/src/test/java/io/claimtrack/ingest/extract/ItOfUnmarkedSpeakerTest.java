package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "It" opening the sentence right after a statement whose speaker nothing marks as a person is that speaker, a body
 * ({@link PronounResolver}, issue 10, round 54), not the body named before it.
 */
class ItOfUnmarkedSpeakerTest {

    @Test
    void itAfterADescribedPartyIsThatParty() {
        AnnotatedDocument doc = extract("""
                The Harbour Pilots' Guild (the "Guild") applied to represent the night crews of Holmvik Freight Ltd. \
                (the "Employer").

                The Employer submits that the cuts followed a safety audit. It also argues that the Guild was told \
                in writing in March.
                """);
        assertSpeaker(doc, "the Guild was told in writing in March", "Employer");
    }

    /** A description no name was found for says less than the body named before it. */
    @Test
    void itAfterAnUnnamedDescriptionIsTheBodyBefore() {
        AnnotatedDocument doc = extract("""
                The Harbour Pilots' Guild says the port authority cut night shifts without notice.

                The respondent submits that the cuts followed a safety audit. It also argues that the guild was told \
                in writing in March.
                """);
        assertSpeaker(doc, "the guild was told in writing in March", "Harbour Pilots' Guild");
    }

    @Test
    void itAfterAOneWordNameIsThatName() {
        AnnotatedDocument doc = extract("""
                Fares on the northern ferry will rise by 9 percent in May, the Coastal Transport Board said on Tuesday.

                Passengers bought 2.1 million tickets last year, Ferrolink said in a statement. It put the cost of new \
                engines at 40 million crowns.
                """);
        assertSpeaker(doc, "the cost of new engines at 40 million crowns", "Ferrolink");
    }

    @Test
    void itAfterAPersonIsTheBodyBefore() {
        AnnotatedDocument doc = extract("""
                Fares on the northern ferry will rise by 9 percent in May, the Coastal Transport Board said on Tuesday.

                Passengers bought 2.1 million tickets last year, Maria Lindqvist said. It said the engines were old.
                """);
        assertSpeaker(doc, "the engines were old", "Coastal Transport Board");
    }

    /** Round 55: a name of several words none of which is a first name, as a one-word name, may be a body's. */
    @Test
    void itAfterANameOfSeveralWordsWithNoFirstNameIsThatName() {
        AnnotatedDocument doc = extract("""
                Ferry crews walked out on Friday. The company offered 2 percent on Monday.

                Nordvale Sea Lines said in a statement that the strike would cost millions. It said it remained open \
                to talks.
                """);
        assertSpeaker(doc, "it remained open to talks", "Nordvale Sea Lines");
    }

    /** Round 61: "it" after a signed document's statement reads the document again, and so is its signer's. */
    @Test
    void itAfterASignedDocumentIsItsSigner() {
        AnnotatedDocument doc = extract("""
                Voskuijlen, 54, said she would fight the decision.

                The notice, dated March 9 and signed by inspector Hamish Oduya-Brandt, says the town received eleven \
                complaints about the dogs. It states that kennels are not permitted on lots under two acres.
                """);
        assertSpeaker(doc, "kennels are not permitted on lots under two acres", "Hamish Oduya-Brandt");
    }
}
