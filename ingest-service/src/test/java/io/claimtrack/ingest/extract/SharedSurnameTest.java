package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A surname two people in the text bear stands for the one the text names first (issue 10, eleventh round). */
class SharedSurnameTest {

    private static String speakerOf(String text, String content) {
        return statement(Pipeline.through(ResolutionStage.class, text), content).speaker;
    }

    @Test
    void theSurnameIsTheBearerNamedFirstNotTheOneNamedMost() {
        String text = """
                Nora Vance wins the primary

                Nora Vance won the Democratic primary on Tuesday. Her husband, Paul Vance, a former mayor, campaigned \
                beside her. Paul Vance spoke at the rally. Voters cheered Paul Vance.

                "We will fix the roads first," Vance said.

                "The bridges come next," she said.
                """;
        assertEquals("Nora Vance", speakerOf(text, "\"We will fix the roads first,\""));
        // The pronoun after her statement now finds a woman there.
        assertEquals("Nora Vance", speakerOf(text, "\"The bridges come next,\""));
        assertEquals("Tim Lund", speakerOf("""
                Tim Lund, the county treasurer, faced questions on Monday. His sister, Ann Lund, runs the audit \
                office. Ann Lund declined to comment, and a spokesman for Ann Lund said she was travelling.

                "I have nothing to hide," Lund said.
                """, "\"I have nothing to hide,\""));
    }

    @Test
    void aCapitalisedDescriptionBeforeTheFirstNameStillNamesTheBearer() {
        assertEquals("Ruth Kell", speakerOf("""
                Harbour widow Ruth Kell spoke to the council on Monday. Her late husband, Omar Kell, was a fisherman. \
                A plaque honours Omar Kell, and the new boat is named for Omar Kell.

                "The port must be made safe," Kell said.
                """, "\"The port must be made safe,\""));
    }

    @Test
    void aNameFoundByItsFirstNameIsNoOtherBearerOfTheSurname() {
        // "Jack Dalrymple" is found for "Jack" as a first name: Brian Jack stays the only bearer of the surname.
        assertEquals("Brian Jack", speakerOf("""
                Brian Jack runs the delegate operation.

                "We are encouraged," said Brian Jack, a strategist.

                Jack noted that many delegates were undecided. Governor Jack Dalrymple stayed neutral. Jack \
                Dalrymple did not comment.
                """, "many delegates were undecided"));
    }

    @Test
    void aTitleWithoutAFirstNameNamesNoBearer() {
        // "Senator Vance" tells no one apart: the one bearer the text names by first name keeps the surname.
        assertEquals("Nora Vance", speakerOf("""
                Senator Vance opened the hearing. Nora Vance then read the report aloud.

                "The numbers are clear," Vance said.
                """, "\"The numbers are clear,\""));
    }
}
