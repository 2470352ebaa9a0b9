package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "Robin" is a name both sexes bear; "Tate said he would vote against it" tells the document's reader that Robin
 * Tate is a man, so the "she" after Tate's quotation is the mayor, not Tate.
 */
class SurnameGenderTest {

    @Test
    void aSurnameOpeningItsSentenceShowsItsBearersGender() {
        assertSpeaker(extract("""
                Budget Fight Goes On

                Mayor Ingrid Solum defended the budget on Tuesday. "We cut what we could," Solum said.

                Councillor Robin Tate, who chairs the finance committee, disagreed. Tate said he would vote against it.

                "The numbers do not add up," Tate said.

                "They add up for families," she said.
                """), "\"They add up for families,\"", "Ingrid Solum");
    }

    @Test
    void twoBearersOfTheSurnameLeaveItUnknown() {
        // "Tate said he" may be either Tate: the evidence goes to neither, and the "she" stays with the last speaker
        // whose gender nothing contradicts.
        assertSpeaker(extract("""
                Budget Fight Goes On

                Mayor Ingrid Solum defended the budget on Tuesday. "We cut what we could," Solum said.

                Councillor Robin Tate disagreed, and so did Kit Tate, a farmer from the east ward. Tate said he would \
                vote against it.

                "The numbers do not add up," said Robin Tate.

                "They add up for families," she said.
                """), "\"They add up for families,\"", "Robin Tate");
    }

    @Test
    void aPossessorOpeningItsSentenceShowsNoGender() {
        // "Tate's amendment would undo her cuts": "her" is the mayor's, so Robin Tate is not a woman for the "He".
        assertSpeaker(extract("""
                Budget Fight Goes On

                Mayor Ingrid Solum defended the budget on Tuesday. "We cut what we could," Solum said.

                Councillor Robin Tate disagreed. Tate's amendment would undo her cuts to the parks department.

                Robin Tate, the finance chair, spoke for an hour. He said the numbers did not add up.
                """), "the numbers did not add up", "Robin Tate");
    }
}
