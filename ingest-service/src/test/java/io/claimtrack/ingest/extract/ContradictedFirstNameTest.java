package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * "Andrea" is on the shipped list of women's names, but an Italian Andrea is a man: the document's own "his" right after
 * him, with no one else to take it, outranks the list. A "he" after a woman so named, with a man named before her or
 * after her, stays his.
 */
class ContradictedFirstNameTest {

    @Test
    void thePronounInTheNextSentenceOutranksTheList() {
        AnnotatedDocument doc = extract("""
                Port authority reports on the winter season

                The port authority held a press conference on Friday, led by its director, Marta Rossi.

                Deputy Director Andrea Conti reported that the harbour had handled 2.1 million tonnes of grain over the \
                winter. In his words, the new cranes had cut the time ships wait at anchor by a third.

                "We will not raise the berth fees this year," he said.
                """);
        assertSpeaker(doc, "the new cranes had cut the time ships wait at anchor by a third", "Andrea Conti");
        assertSpeaker(doc, "\"We will not raise the berth fees this year,\"", "Andrea Conti");
    }

    @Test
    void aManNamedAfterHerTakesTheHe() {
        AnnotatedDocument doc = extract("""
                Port authority reports on the winter season

                Andrea Conti, the port director, met the head of the dockers' union, Karl Berg, on Friday. Conti said \
                the harbour had handled 2.1 million tonnes of grain over the winter.

                He said the dockers would accept the new shift pattern.

                "She kept her word on the cranes," Berg said.
                """);
        assertSpeaker(doc, "the dockers would accept the new shift pattern", "Karl Berg");
    }

    @Test
    void aManNamedBeforeHerLeavesHerListGender() {
        AnnotatedDocument doc = extract("""
                Port authority reports on the winter season

                The union leader Karl Berg opened the talks with the port on Friday.

                Director Andrea Conti reported that the harbour had handled 2.1 million tonnes of grain over the winter. \
                He said the dockers would accept the new shift pattern.
                """);
        assertNotEquals("Andrea Conti", statement(doc, "the dockers would accept the new shift pattern").speaker);
    }
}
