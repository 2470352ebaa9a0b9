package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "the judge", "His lawyer", "the defence lawyer", "the prosecutor": the one person the story titled with that part in
 * the case before, not whoever spoke last ("Tobias Wrenfield" pleaded last before "the judge told"); a client's lawyer is the
 * defence's, never the prosecutor titled before.
 */
class CourtRolesTest {

    private static final String SENTENCING = """
            Former harbour clerk jailed for three years over stolen fees

            By Oren Talsky
            Staff Reporter

            A former clerk of the Kelvale harbour office who kept $480,000 in mooring fees was sentenced Thursday to three years in prison.

            Tobias Wrenfield, 49, pleaded guilty in May to theft over $5,000. Provincial Court Judge Maren Oduya-Strand also ordered him to repay $300,000.

            "You were trusted with the town's money and you treated it as your own," the judge told Wrenfield.

            Crown prosecutor Ilse Varnhagen had asked for four years. Defence lawyer Samuel Achterby-Kuti said his client had repaid part of the money.

            Wrenfield was led from the courtroom in handcuffs. His lawyer said an appeal was unlikely.
            """;

    @Test
    void courtPartsAreThePeopleTitledWithThem() {
        AnnotatedDocument doc = extract(SENTENCING);
        assertSpeaker(doc, "\"You were trusted with the town's money and you treated it as your own,\"", "Maren Oduya-Strand");
        assertSpeaker(doc, "an appeal was unlikely", "Samuel Achterby-Kuti");
    }

    @Test
    void aClientsLawyerIsNoProsecutor() {
        AnnotatedDocument doc = extract(SENTENCING.replace(" Defence lawyer Samuel Achterby-Kuti said his client had repaid part of the money.", ""));
        assertSpeaker(doc, "an appeal was unlikely", "His lawyer");
    }

    @Test
    void aTitleGivesItsPartAsItsLastWordsAProsecutorsAnywhere() {
        RoleTitles titles = Lexicon.get().titles;
        assertEquals("bench", titles.courtPart("county circuit judge"));
        assertEquals("prosecution", titles.courtPart("crown counsel"));
        assertEquals("prosecution", titles.courtPart("district attorney's office spokesman"));
        assertEquals("counsel", titles.courtPart("senior defence attorney"));
        assertNull(titles.courtPart("justice minister"));
        assertNull(titles.courtPart("attorney general"));
        assertNull(titles.courtPart("lawyers"));
    }

    @Test
    void theProsecutorIsTheOneTitledForTheProsecutionNotTheDefence() {
        String text = """
                Ferry operator fined over harbour crash

                Defence attorney Ottilie Brannagh argued the skipper had followed the harbour rules.

                District Attorney Cyrus Vellamont called the crash avoidable. "Three people were hurt," the prosecutor said.
                """;
        assertSpeaker(extract(text), "\"Three people were hurt,\"", "Cyrus Vellamont");
    }

    private static final String VERDICT = """
            Former port director jailed for fraud

            The District Court in Marrow today found the former director of the Marrow port, Ivo B., guilty of fraud and \
            sentenced him to five years in prison.

            The defendant pleaded not guilty. His lawyer, Ansel Dorn, argued that the transfers had been approved by the board.
            """;

    @Test
    void theDefendantIsTheOnePersonAVerdictNames() {
        assertSpeaker(extract(VERDICT), "not guilty", "Ivo B");
    }

    @Test
    void twoPeopleTriedLeaveTheDefendantAsDescribed() {
        String two = VERDICT.replace("sentenced him to five years in prison.",
                "sentenced him to five years in prison. It also convicted Mira Solt of forgery.");
        assertSpeaker(extract(two), "not guilty", "The defendant");
    }
}
