package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A speaker and cue that interrupt one sentence of a quotation make one statement of its two halves. */
class InterruptedQuotationTest {

    private static List<String> statements(String text) {
        return Pipeline.mentions(Pipeline.through(InterruptingCue.class, text));
    }

    @Test
    void aCueBetweenCommasInsideOneSentenceJoinsTheHalves() {
        String text = """
                Wendel Ostrova has run the Harlby mill since 2009.

                “That,” he said, “is the sound I was missing.”

                “The ferry,” said Ostrova, “runs late every single day.”

                ‘The weir’, he told the council, ‘needs a new gate before winter.’
                """;
        assertEquals(List.of(
                "he | “That,” “is the sound I was missing.” | said | direct",
                "Ostrova | “The ferry,” “runs late every single day.” | said | direct",
                "he | ‘The weir’ ‘needs a new gate before winter.’ | told | direct"), statements(text));
        Attribution first = Pipeline.statement(Pipeline.through(InterruptingCue.class, text),
                "“That,” “is the sound I was missing.”");
        assertEquals(" he said, ", text.substring(first.gapStart, first.gapEnd));
    }

    @Test
    void aParticipleAsideAfterTheCueStillJoinsTheHalves() {
        assertEquals(List.of(
                "Ostrova | “We baked,” “but nobody came.” | said | direct",
                "Ostrova | “We baked,” | said | direct",
                "Ostrova | “Nobody came.” |  | direct"), statements("""
                Wendel Ostrova has run the Harlby mill since 2009.

                “We baked,” Ostrova said, sweeping flour off the long oak table by the back door of the mill, “but nobody came.”

                “We baked,” Ostrova said, sweeping flour off the long oak table by the back door of the mill, “Nobody came.”
                """));
    }

    @Test
    void anAgeInTheSpeakersAsideStillJoinsTheHalves() {
        assertEquals(List.of(
                "Ines Arbo | “The bakery,” “was the heart of the street.” | said | direct"), statements("""
                “The bakery,” said Ines Arbo, 81, a tenant since 1990, “was the heart of the street.”
                """));
    }

    @Test
    void aWholeSentenceBeforeTheCueOrACapitalAfterItLeavesTwoStatements() {
        assertEquals(List.of(
                "Ostrova | “The roof leaks,” | said | direct",
                "Ostrova | “We will fix it in May.” |  | direct",
                "Ostrova | “The roof leaks,” | said | direct",
                "Ostrova | “Nobody has paid for it.” | said | direct"), statements("""
                Wendel Ostrova has run the Harlby mill since 2009.

                “The roof leaks,” Ostrova said. “We will fix it in May.”

                “The roof leaks,” Ostrova said, “Nobody has paid for it.”
                """));
    }

    @Test
    void wireCopysDoubledApostrophesMarkTheHalvesAsDoubleQuotationMarksDo() {
        assertEquals(List.of(
                "Ostrova | ''The mill race,'' ''floods twice a year now.'' | said | direct",
                "Ostrova | ''The wheel turns,'' | said | direct",
                "Ostrova | ''It has never stopped.'' |  | direct"), statements("""
                The miller, Wendel Ostrova, kept the books himself.

                ''The mill race,'' Ostrova said, ''floods twice a year now.''

                ''The wheel turns,'' Ostrova said. ''It has never stopped.''
                """));
    }

    @Test
    void aPluralPossessiveInTheSpeakersRelativeClauseStillJoinsTheHalves() {
        assertEquals(List.of(
                "Maren Kolby | “This,” “is the only thing everyone here fears.” | said | direct"), statements("""
                Will the oil reach the mussel beds of the bay?

                “This,” said Maren Kolby, who runs the growers’ cooperative of the bay, “is the only thing everyone here fears.”
                """));
    }
}
