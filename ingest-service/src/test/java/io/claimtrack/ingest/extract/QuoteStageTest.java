package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteStageTest {

    private static List<String> quotes(String text) {
        AnnotatedDocument doc = Pipeline.through(QuoteStage.class, text);
        List<String> out = new ArrayList<>();
        for (Quote q : doc.quotes) {
            out.add(doc.text(q.start(), q.end()));
        }
        return out;
    }

    @Test
    void straightCurlyGuillemetAndSingleMarks() {
        assertEquals(List.of("\"We have a deal,\"", "“The port reopens,”", "«We will not rush,»", "'Markets overreacted,'"),
                quotes("""
                        "We have a deal," said Holm.
                        “The port reopens,” she added.
                        «We will not rush,» said Okafor.
                        'Markets overreacted,' Pryce said.
                        """));
    }

    @Test
    void quotationsGluedToEachOtherAndToTheNextSentenceOnAPageWithoutSpaces() {
        assertEquals(List.of("\"The pier stays.\"", "\"We will build two more,\"", "“The fees stay.”", "“Nobody asked us.”"),
                quotes("Holm said \"The pier stays.\"\"We will build two more,\" she said.Berg said “The fees stay.”“Nobody asked us.”"));
        assertEquals(List.of("\"to agree on fees.\""), quotes("The board will meet \"to agree on fees.\"Opposition councillors said no."));
    }

    @Test
    void apostrophesInsideSingleQuotesDoNotCloseThem() {
        assertEquals(List.of("‘We won’t sign the union’s deal,’", "'Don't wait for Kari's call,'"), quotes("""
                ‘We won’t sign the union’s deal,’ said Kari Moe.
                'Don't wait for Kari's call,' she said.
                """));
    }

    @Test
    void aStraightMarkLeftOpenBeforeAParagraphOpeningWithACurlyOneIsAStray() {
        // Scraped curly copy with a stray straight mark opening a paragraph: it opens no quotation that runs on.
        assertEquals(List.of("“It never crossed my mind,”"), quotes("""
                "Mara thought the whole thing was absurd.

                “It never crossed my mind,” she said later.
                """));
        // A straight quotation that runs on opens the next paragraph with a straight mark.
        assertEquals(List.of("\"The pier is old.\n\n\"It will not last the winter,\""), quotes("""
                "The pier is old.

                "It will not last the winter," Lund said.
                """));
    }

    @Test
    void apostropheWithoutQuotationIsNoQuote() {
        assertEquals(List.of(), quotes("The union’s leaders met on Tuesday and the mayor's aides waited."));
    }

    @Test
    void quotationSpansSentences() {
        assertEquals(List.of("“The talks are frozen. Neither side will blink first,”"),
                quotes("“The talks are frozen. Neither side will blink first,” said Eva Lund."));
    }

    @Test
    void quotationLeftOpenContinuesIntoAParagraphThatOpensWithAMark() {
        String text = "“Both delegations have left the city.\n\n“They may return in May,” she added.";
        assertEquals(List.of("“Both delegations have left the city.\n\n“They may return in May,”"), quotes(text));
    }

    @Test
    void quotationLeftOpenIsDroppedWhenTheNextParagraphDoesNotContinueIt() {
        assertEquals(List.of("“Later,”"), quotes("“Both delegations have left.\nThe envoy then spoke.\n“Later,” she said."));
    }

    @Test
    void paragraphOpenedWithTheClosingMarkOpensAQuotation() {
        assertEquals(List.of("”The ferry is late again. Nobody told us.”", "” … the pier will wait,”"), quotes("""
                The harbour readers wrote in.

                ”The ferry is late again. Nobody told us.” ― Ana Brekke

                ” … the pier will wait,” Holm said.
                """));
        // Closing a word or a quotation, the mark opens nothing: only a paragraph's first mark may be re-keyed.
        assertEquals(List.of(), quotes("Holm called it fair” and left.\n\n” the pier closed.\n\n”Late"));
    }

    @Test
    void noiseLinesAreSkipped() {
        assertEquals(List.of("\"Calm,\""), quotes("{{quote \"x\"}}\n\"Calm,\" he said."));
    }

    @Test
    void eitherDoubleMarkClosesADoubleMarkQuotation() {
        assertEquals(List.of("\"The ferry runs on time,”", "“Nobody asked the crews,\"", "“safe\""),
                quotes("""
                        "The ferry runs on time,” said Ola Berg.
                        “Nobody asked the crews," the union said, calling the plan “safe" only on paper.
                        """));
    }

    @Test
    void aStraightMarkOpeningAWordInsideACurlyQuotationDoesNotCloseIt() {
        assertEquals(List.of("“We said \"wait\" twice,”"), quotes("“We said \"wait\" twice,” she said."));
    }

    @Test
    void anOpeningMarkTypedWhereOnlyAClosingMarkCanStandClosesTheQuotation() {
        assertEquals(List.of("“The pier is unsafe,“", "“It always was.”", "“expedited review“"), quotes("""
                “The pier is unsafe,“ said Ola Berg, a diver. “It always was.”
                The board asked for an “expedited review“ of the ferry.
                """));
    }

    @Test
    void invisibleMarksBeforeAParagraphsClosingMarkLeaveItAtTheParagraphStart() {
        assertEquals(List.of("”The pier must close,”"), quotes("Readers wrote in.\n\n\u202a”The pier must close,” said Ola Berg."));
    }

    @Test
    void aCurlyOpeningMarkRunOntoTheCuesCommaOpens() {
        assertEquals(List.of("“Look, the pier is closed. Nobody sails.”", "“The pier is unsafe,“"), quotes("""
                Holm said,“Look, the pier is closed. Nobody sails.”
                “The pier is unsafe,“ said Ola Berg.
                """));
    }
}
