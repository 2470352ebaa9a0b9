package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issues 9 and 10, round 45: an upper-case hearing's procedure (opening it, swearing in a witness, an "Excuse me."
 * before a question, the adjournment closing a remark) is no statement, and a bare "THE CHAIR:" speaks as the person
 * the first "THE CHAIR (...):" named; a chair's remark "for the record" stays.
 */
class SwornHearingTurnsTest {

    private static final String HEARING = """
            Harlow Bay Council, Special Committee on Water Safety

            THE CHAIR (Councillor Oyelaran Whitcombe): Good morning. The hearing is open. Mr. Castellane, please take the oath.

            MR. CASTELLANE: Thank you. The bearings on the east span were replaced in April, and the contractor paid for the work.

            THE CHAIR: Go ahead, please.

            MR. CASTELLANE: The second span will be done by the end of the summer.

            DEPUTY MAYOR: Excuse me. How many of those bridges are in the north?

            MR. CASTELLANE: Eleven of them.

            THE CHAIR: Thank you, witnesses. For the record, this committee first heard of the cracks from a newspaper. The hearing is adjourned.
            """;

    @Test
    void procedureAndAnExcusedQuestionAreNoStatements() {
        assertEquals(List.of(
                "Thank you. The bearings on the east span were replaced in April, and the contractor paid for the work",
                "The second span will be done by the end of the summer",
                "Eleven of them",
                "Thank you, witnesses. For the record, this committee first heard of the cracks from a newspaper"),
                Pipeline.contents(extract(HEARING)));
    }

    @Test
    void aBareChairLabelIsTheChairNamedFirst() {
        assertSpeaker(extract(HEARING), "Thank you, witnesses. For the record, this committee first heard of the cracks from a newspaper",
                "Oyelaran Whitcombe");
    }

    @Test
    void anOpenRecordOrAnOathTakenLongAgoIsAStatement() {
        String text = """
                Council sitting, 9 June

                THE CHAIR (Councillor Ines Morrow): The inquiry is open to anyone who lost a boat in the storm.

                MR. DALBY: Take the minister at his word and you will wait another year for the oath.

                THE CHAIR: Excuse me, but the harbour was closed for a reason. The committee is adjourned until the inspectors report.
                """;
        List<String> contents = Pipeline.contents(extract(text));
        assertEquals(3, contents.size(), contents::toString);
    }
}
