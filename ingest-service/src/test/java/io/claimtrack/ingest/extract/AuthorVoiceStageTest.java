package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a judgment's or a report's own "I accept that", "I find that", "In my view," are the author's its delivery
 * line or author line names.
 */
class AuthorVoiceStageTest {

    @Test
    void theJudgesFirstPersonFindingsAreTheJudgeTheDeliveryLineNames() {
        AnnotatedDocument doc = extract("""
                HIGH COURT OF ARVENSHIRE
                R. v. Dunmore Paper Ltd.
                Reasons for Sentence
                Delivered orally on March 2, 2030, by Justice Colm Ferris

                [1] Dunmore Paper Ltd. has pleaded guilty to one count of polluting the Lisk River.

                [2] I accept that the mill's owners acted quickly once the leak was found. I also accept that they \
                have paid for the new filters.

                [3] However, I find that the leak had been reported to two managers a month earlier.

                [4] In my view, only a fine the mill will feel can deter such neglect.
                """);

        assertEquals(List.of(
                "Dunmore Paper Ltd | guilty to one count of polluting the Lisk River | pleaded | indirect",
                "Colm Ferris | the mill's owners acted quickly once the leak was found | accept | indirect",
                "Colm Ferris | they have paid for the new filters | accept | indirect",
                "Colm Ferris | the leak had been reported to two managers a month earlier | find | indirect",
                "Colm Ferris | only a fine the mill will feel can deter such neglect | In my view | indirect"),
                statements(doc));
    }

    @Test
    void withoutADeliveryLineANarratorsIIsNoSpeaker() {
        AnnotatedDocument doc = extract("""
                The ferry must stay

                Councillor Wenna Hale says the ferry loses money.

                I accept that the ferry loses money. In my view, the island needs it all the same.
                """);

        assertEquals(List.of("Wenna Hale | the ferry loses money | says | indirect"), statements(doc));
    }

    @Test
    void aReportsFirstPersonFindingsAreTheAuthorItsLabelLineNames() {
        AnnotatedDocument doc = extract("""
                OFFICE OF THE HOUSING OMBUDSPERSON OF TARVIN

                Investigation Report 31-07
                Ombudsperson: Rhoda Kleist

                Findings

                I find that the Housing Agency left tenants' complaints unanswered for up to nine months.

                I also find that its staff were never told how to log a complaint.
                """);

        assertEquals(List.of(
                "Rhoda Kleist | the Housing Agency left tenants' complaints unanswered for up to nine months | find | indirect",
                "Rhoda Kleist | its staff were never told how to log a complaint | find | indirect"),
                statements(doc));
    }

    @Test
    void aReportsTitleLineThatEndsWithItsAuthorNamesTheI() {
        AnnotatedDocument doc = extract("""
                Report of the Transit Commissioner, Oskar Lindqvist

                The Ferry Board delayed the safety audit twice.

                I find that the delay put passengers at risk.
                """);

        assertEquals(List.of("Oskar Lindqvist | the delay put passengers at risk | find | indirect"), statements(doc));
    }

    @Test
    void aTribunalMembersFindingsAfterAnOpeningPhraseAreTheMemberTheHeadingNames() {
        AnnotatedDocument doc = extract("""
                EMPLOYMENT STANDARDS TRIBUNAL OF NORVALE

                Brandt v. Kestrel Bakeries Ltd., 2036 NVEST 41

                Date of decision: March 3, 2036
                Tribunal member: Odile Marchetti

                [1] For the reasons below, I find that Kestrel Bakeries owes Mr. Brandt his overtime pay.

                [2] Having read the time sheets, I find that he worked 140 hours of overtime in 2035.
                """);

        assertEquals(List.of(
                "Odile Marchetti | Kestrel Bakeries owes Mr. Brandt his overtime pay | find | indirect",
                "Odile Marchetti | he worked 140 hours of overtime in 2035 | find | indirect"),
                statements(doc));
    }

    @Test
    void aReportSignedAtItsEndIsTheSignersAndSoAreTheItemsSheRecommends() {
        AnnotatedDocument doc = extract("""
                Office of the Auditor of Public Accounts

                Audit report 2037-02: Who answers the phone?

                Summary

                The Licensing Agency took 41 days on average to answer a written complaint in 2036.

                I found that the Agency had no written rule for refunds, and that its staff applied three different ones. \
                I accept that its booking software was slow. In my view, however, slow software does not excuse a year of \
                silence.

                I recommend that the Agency:
                1. answer every complaint within 30 days;
                2. publish its call-waiting times each month.

                Rhoda Emmerich
                Auditor of Public Accounts
                """);

        assertEquals(List.of(
                "Rhoda Emmerich | the Agency had no written rule for refunds, and that its staff applied three different "
                        + "ones | found | indirect",
                "Rhoda Emmerich | its booking software was slow | accept | indirect",
                "Rhoda Emmerich | slow software does not excuse a year of silence | In my view | indirect",
                "Rhoda Emmerich | answer every complaint within 30 days | recommend | indirect",
                "Rhoda Emmerich | publish its call-waiting times each month | recommend | indirect"),
                statements(doc));
    }

    @Test
    void aLetterSignedByNoDecidersOfficeLeavesItsIAlone() {
        AnnotatedDocument doc = extract("""
                A bridge for Orlen

                I accept that the bridge will cost more than the ferry. In my view, the town needs it all the same.

                Tamsin Greaves
                Chair, Orlen Ratepayers
                """);

        assertEquals(List.of(), statements(doc));
    }

    @Test
    void theCoronerThePresidingLineNamesFindsAndTheLineIsNoTurn() {
        AnnotatedDocument doc = extract("""
                Office of the Chief Coroner for Valmere

                Inquest into the death of Tomas Verel

                Presiding Coroner: Dr. Helga Brandt
                Heard at Kirkby, 4 to 7 May 2036

                Tomas Verel, aged 30, died when his skiff struck the east pier at night. The jury found that the cause \
                of death was hypothermia and that the death was accidental.

                I find that the pier's lights were off. I also find that the skipper had not slept for 20 hours.

                The jury recommends:
                1. That the Harbour Authority light the east pier after dark.
                2. That the City post depth markers at the slipway.
                """);

        assertEquals(List.of(
                "The jury | the cause of death was hypothermia and that the death was accidental | found | indirect",
                "Helga Brandt | the pier's lights were off | find | indirect",
                "Helga Brandt | the skipper had not slept for 20 hours | find | indirect",
                "The jury | That the Harbour Authority light the east pier after dark | recommends | indirect",
                "The jury | That the City post depth markers at the slipway | recommends | indirect"),
                statements(doc));
    }

    /**
     * Round 53: a delivery line that names the bench's concurring judges in brackets after the writing judge still names
     * the judge; a numbered paragraph's "I am, however, satisfied that" and "I accept the evidence of X, NAME, that" are
     * the judge's findings.
     */
    @Test
    void theJudgeBeforeTheConcurringBenchSpeaksTheNumberedFindings() {
        AnnotatedDocument doc = extract("""
                COURT OF APPEAL FOR NORTHMERE

                Harbour Users Alliance v. Northmere Port Authority

                Delivered March 2, 2036 by Justice Tamsin Achebe-Hart (Justices Roy and Lamb concurring)

                1. In my view, the Authority did read the dredging study.

                2. I am, however, satisfied that the consultation period was too short. I accept the evidence of the \
                alliance's chair, Mr. Piet Voss, that no diver could inspect the site in time.
                """);

        assertEquals(List.of(
                "Tamsin Achebe-Hart | the Authority did read the dredging study | In my view | indirect",
                "Tamsin Achebe-Hart | the consultation period was too short | am, however, satisfied | indirect",
                "Tamsin Achebe-Hart | the evidence of the alliance's chair, Mr. Piet Voss, that no diver could inspect the site in time "
                        + "| accept | indirect"),
                statements(doc));
    }

    /** Round 53: a labour board decision's "Vice-Chair: NAME", among the heading's short lines, decides it and speaks its "I find". */
    @Test
    void theViceChairAHeadingLineNamesSpeaksTheDecisionsFindings() {
        AnnotatedDocument doc = extract("""
                Coastal Labour Board

                Decision summary: Dockhands Union, Local 77 v. Marrow Freight Inc.

                File No. 2036-0101
                Vice-Chair: Idris Okonkwo-Lee
                Decided: May 5, 2036

                Analysis

                I find that the memo was sent to every driver.
                """);

        assertEquals(List.of("Idris Okonkwo-Lee | the memo was sent to every driver | find | indirect"), statements(doc));
    }

    /** "delivered by Justice Brandvik-Moe" names the judge by surname; the bench line above gives the full name. */
    @Test
    void aSummaryOfReasonsByTheJudgesSurnameIsTheJudgeTheBenchLineNames() {
        AnnotatedDocument doc = extract("""
                COURT OF APPEAL FOR TESSALY

                Before: Justice Helga Brandvik-Moe, Justice Tomas Ruud

                Summary of reasons delivered by Justice Brandvik-Moe (Justice Ruud concurring)

                [1] The appellant was convicted of theft in 2034.

                [2] In my view, the trial judge gave too little weight to the alibi witness, whose account was never \
                contradicted.
                """);

        assertEquals(List.of(
                "Helga Brandvik-Moe | the trial judge gave too little weight to the alibi witness, whose account was never "
                        + "contradicted | In my view | indirect"),
                statements(doc));
    }
    /** An inquiry's report names its chair on a label line, a judge's title before the name: her "I" is hers. */
    @Test
    void anInquirysChairLineMakesTheReportsFirstPersonTheChairs() {
        String report = """
                Marsh Lane Fire Inquiry

                Interim Report

                Chair: Judge Helena Brightwater-Osei
                Published: 3 March 2044

                1. The inquiry heard 14 witnesses over nine days.

                2. I am satisfied that the fire door on the third floor had been wedged open for weeks.

                3. I find that the alarm panel was switched off during the repairs.
                """;
        assertEquals(List.of(
                "Helena Brightwater-Osei | the fire door on the third floor had been wedged open for weeks | am satisfied | indirect",
                "Helena Brightwater-Osei | the alarm panel was switched off during the repairs | find | indirect"),
                statements(extract(report)));
        // A committee that names a deputy chair too: its "I" is a member's dissent, not the chair's.
        assertEquals(List.of(), statements(extract(report.replace("Published: 3 March 2044", "Deputy Chair: Tomas Engel-Rudd"))));
    }
}
