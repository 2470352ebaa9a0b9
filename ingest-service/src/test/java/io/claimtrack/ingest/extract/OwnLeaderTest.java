package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, twenty-ninth round: a government readout's own leader, the subject of its lede, is "the President", "the
 * head of state", "the leader" and "the President of" his own country, even when his guest was named last.
 */
class OwnLeaderTest {

    /** His own press service names him bare beside a guest with a full title: the descriptions of no other state are his. */
    @Test
    void aLeaderNamedBareInHisOwnReadoutIsItsUnqualifiedPresident() {
        AnnotatedDocument doc = extract("""
                Talks with President of Estmark Piet Lunde
                4 March 2027  10:00  Harrow

                Marek Dolan held talks with President of the Republic of Estmark Piet Lunde, who is on an official visit.

                Opening the talks, the President of Valdoria noted that trade had doubled since 2020. In his words, the \
                two countries "have never been closer".

                Piet Lunde thanked his host for the invitation. The head of state stressed that Valdoria would keep the \
                grain corridor open.

                "We will build the bridge together," the Valdorian leader said.

                The Estmarki President said that his country was ready to invest in the port of Harrow.
                """);
        assertSpeaker(doc, "trade had doubled since 2020", "Marek Dolan");
        assertSpeaker(doc, "the two countries \"have never been closer\"", "Marek Dolan");
        assertSpeaker(doc, "Valdoria would keep the grain corridor open", "Marek Dolan");
        assertSpeaker(doc, "\"We will build the bridge together,\"", "Marek Dolan");
        assertSpeaker(doc, "his country was ready to invest in the port of Harrow", "Piet Lunde");
    }

    /** Titled with his country, after an adverbial: "The President" is he, not the guest the sentence before names. */
    @Test
    void theTitledSubjectOfTheLedeIsThePresidentAfterHisGuestSpoke() {
        AnnotatedDocument doc = extract("""
                On 5 May, the President of the Republic of Valdoria, Marek Dolan, held a telephone conversation with the \
                President of the Kingdom of Estmark, Piet Lunde.

                Piet Lunde expressed condolences to the families of the victims of the flood.

                The President stressed that Valdoria would send rescuers to the border towns.
                """);
        assertSpeaker(doc, "Valdoria would send rescuers to the border towns", "Marek Dolan");
    }

    /** A news lede naming its subject bare beside no titled leader makes no one the story's president. */
    @Test
    void aBareNameBesideNoTitledLeaderIsNoOwnLeader() {
        AnnotatedDocument doc = extract("""
                Marek Dolan held talks with Piet Lunde in Harrow on Monday.

                The President said that the grain corridor must stay open.
                """);
        assertSpeaker(doc, "the grain corridor must stay open", "The President");
    }

    /**
     * Named bare beside a guest of another office ("Prime Minister of ..."), he holds the office the readout's bare
     * descriptions name that the guest's title does not: "The President" is he, "The Prime Minister" the guest.
     */
    @Test
    void aBareNamedLeaderBesideAGuestOfAnotherOfficeIsThePresident() {
        AnnotatedDocument doc = extract("""
                Telephone conversation with Prime Minister of Norland Eva Sandvik

                Marek Dolan had a telephone conversation with Prime Minister of the Kingdom of Norland Eva Sandvik.

                Eva Sandvik briefed her interlocutor on the measures taken by her government.

                The President noted that Valdoria expected the gas deliveries to continue in winter. He expressed the \
                hope that the joint commission would meet before the summer.

                The Prime Minister assured that Norland would honour its contracts.

                The head of state thanked his interlocutor and stressed that the ferry line would reopen in May.
                """);
        assertSpeaker(doc, "Valdoria expected the gas deliveries to continue in winter", "Marek Dolan");
        assertSpeaker(doc, "the joint commission would meet before the summer", "Marek Dolan");
        assertSpeaker(doc, "Norland would honour its contracts", "Eva Sandvik");
        assertSpeaker(doc, "the ferry line would reopen in May", "Marek Dolan");
    }
}
