package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-fourth round: two states (or bodies) an opening names as a pair ("Talks between Vallmark and
 * Osteria", "the Brevia-Kantor border dispute") speak as "Vallmark and Osteria" when the story calls them "the two
 * governments" or "both countries", and, when no two people met, "both sides". An open group, a group in what someone
 * else says, and a story that names no pair keep the mention.
 */
class NamedPartiesTest {

    private static final String BORDER_TALKS = """
            Fishing talks stall again

            KERRIN, June 2 (Nordwire) — Talks between Vallmark and Osteria on fishing rights in the Pellin Strait broke \
            off on Monday without a date for a new round, Vallmark's chief negotiator, Hanne Sollberg, told Nordwire.

            Both sides say the sandbanks off Kerrin belong to them.

            Officials on both sides said the fleets would stay in port this week.

            Vallmarkian Deputy Foreign Minister Ivo Dahl told reporters that both sides had agreed in principle to keep \
            the hotline open.
            """;

    @Test
    void bothSidesOfTalksBetweenTwoStatesAreTheStates() {
        assertSpeaker(extract(BORDER_TALKS), "the sandbanks off Kerrin belong to them", "Vallmark and Osteria");
    }

    /** "Officials on both sides" are some people of each, not the states. */
    @Test
    void officialsOnBothSidesKeepTheMention() {
        assertSpeaker(extract(BORDER_TALKS), "the fleets would stay in port this week", "Officials on both sides");
    }

    /** The diplomat's "both sides" are whoever the diplomat means. */
    @Test
    void bothSidesInWhatSomeoneSaysKeepTheMention() {
        AnnotatedDocument doc = extract(BORDER_TALKS);
        assertSpeaker(doc, "in principle to keep the hotline open", "both sides");
    }

    /** A meeting of two leaders: their "sides" are the leaders, their "two governments" the states the lede names. */
    @Test
    void theTwoGovernmentsOfAMeetingAreItsStates() {
        AnnotatedDocument doc = extract("""
                President Ola Brenvik met today with Prime Minister Ines Carrow of Osteria in Sollby. The two leaders \
                discussed the growing partnership between Vallmark and Osteria.

                The sides agreed to open a ferry line between Sollby and Kerrin in the spring.

                In a joint statement issued after the meeting, the two governments set out the following commitments:

                1. Vallmark and Osteria will finish the Kerrin bridge by 2028.

                The statement said both governments remained committed to a free Pellin Strait.
                """);
        assertSpeaker(doc, "to open a ferry line between Sollby and Kerrin in the spring", "Ola Brenvik and Ines Carrow");
        assertSpeaker(doc, "Vallmark and Osteria will finish the Kerrin bridge by 2028", "Vallmark and Osteria");
        assertSpeaker(doc, "both governments remained committed to a free Pellin Strait", "Vallmark and Osteria");
    }

    /** A heading's "Brevia-Kantor border clash" names the pair of a story whose lede names neither as a pair. */
    @Test
    void aHyphenedPairInTheHeadingNamesTheParties() {
        assertSpeaker(extract("""
                UN envoy arrives to calm Brevia-Kantor border clash

                The UN envoy for the region, Dora Halvik, arrived in Sollby on Tuesday.

                Both sides reported new shelling overnight.
                """), "new shelling overnight", "Brevia and Kantor");
    }

    /** A story that names no pair: "both sides" stays the mention. */
    @Test
    void noPairKeepsTheMention() {
        assertSpeaker(extract("""
                KERRIN, June 2 (Nordwire) — Fishing crews from Vallmark clashed with a patrol boat on Monday, the chief \
                negotiator, Hanne Sollberg, told Nordwire.

                Both sides say the sandbanks off Kerrin belong to them.
                """), "the sandbanks off Kerrin belong to them", "Both sides");
    }

    /** Round 35: a joint statement's heading names each party by its government. */
    @Test
    void aJointStatementOfTwoGovernmentsNamesTheParties() {
        assertSpeaker(extract("""
                Joint Statement of the Government of the Republic of Veland and the Government of Suria

                Tarn, 4 May 2026

                The two governments reaffirmed their commitment to the peaceful settlement of disputes.
                """), "their commitment to the peaceful settlement of disputes", "Veland and Suria");
    }

    /** Round 35: "the Prime Ministers of Veland and Suria" name the pair though no one is named. */
    @Test
    void theLeadersOfTwoStatesNameTheParties() {
        assertSpeaker(extract("""
                The Prime Ministers of Veland and Suria met in Tarn on Monday. The two governments stressed that energy \
                cooperation would grow.
                """), "energy cooperation would grow", "Veland and Suria");
    }
    /** Round 44: a tit-for-tat expulsion opening names its two states; "both capitals" are their governments. */
    @Test
    void bothCapitalsOfAnExpulsionAreItsStatesInTheOrderNamed() {
        AnnotatedDocument doc = extract("""
                Envoy row spreads to trade

                SALLEN, May 9 (Nordwire) — Ostmark expelled three diplomats from Varrow on Thursday over a spying \
                case, and Varrow sent home two of Ostmark's within hours.

                Both capitals said ferry sailings between them would be cut to one a week.
                """);
        assertSpeaker(doc, "ferry sailings between them would be cut to one a week", "Ostmark and Varrow");
    }

    @Test
    void anExpulsionOfAnotherStatesEnvoysNamesThePairToo() {
        AnnotatedDocument doc = extract("""
                Ambassador ordered out

                Pellany has expelled Tarvik's ambassador after a border post was shelled. The two governments told \
                their citizens to avoid the frontier towns.
                """);
        assertSpeaker(doc, "their citizens to avoid the frontier towns", "Pellany and Tarvik");
    }

    /** No expulsion, no pair: "both capitals" of a story that names one state stay the mention. */
    @Test
    void bothCapitalsWithoutAPairKeepTheMention() {
        AnnotatedDocument doc = extract("""
                Rail strike spreads

                Unions in Ostmark stopped trains on Monday over a pay freeze. Both capitals said the strike would hurt \
                the spring trade fair.
                """);
        assertSpeaker(doc, "the strike would hurt the spring trade fair", "Both capitals");
    }

    /** Round 55: an order to leave is an expulsion, a day set off between the state and its verb. */
    @Test
    void anOrderToLeaveNamesThePair() {
        AnnotatedDocument doc = extract("""
                Envoys sent home

                BELLROCK (Nordwire) - Quellany on Wednesday ordered Marvonia's consul and two attaches to leave within \
                48 hours.

                Both governments told traders to expect delays at the border posts.
                """);
        assertSpeaker(doc, "traders to expect delays at the border posts", "Quellany and Marvonia");
    }

    /** Round 55: two states as one subject of what they do together are the pair, and "Each side" of it is both. */
    @Test
    void twoStatesAgreeingTogetherAreThePair() {
        AnnotatedDocument doc = extract("""
                Old rivals to reopen consulates

                TORVEN (Nordwire) - Daskavia and Pellmore agreed on Monday to reopen their consulates by the autumn, the \
                two governments said in a statement.

                Each side blamed the other for the closure of the Orrin ferry in 2029.
                """);
        assertSpeaker(doc, "Daskavia and Pellmore agreed on Monday to reopen their consulates by the autumn", "Daskavia and Pellmore");
        assertSpeaker(doc, "the other for the closure of the Orrin ferry in 2029", "Daskavia and Pellmore");
    }

    /** Two people as one subject ("Anna Brek and Tor Lisk agreed") name no pair of states. */
    @Test
    void twoPeopleAgreeingAreNoPairOfStates() {
        AnnotatedDocument doc = extract("""
                Rowing club merger

                Anna Brek and Tor Lisk agreed on Monday to merge their rowing clubs. Both sides said the boathouse on \
                Kell Quay would be sold.
                """);
        assertSpeaker(doc, "the boathouse on Kell Quay would be sold", "Both sides");
    }

    /** Round 55: "a partnership between the Republic of X and the Kingdom of Y" names the pair by its formal names. */
    @Test
    void aPartnershipBetweenFormalNamesNamesThePair() {
        AnnotatedDocument doc = extract("""
                Joint Declaration on a Partnership between the Republic of Ostravel and the Kingdom of Mirrland

                1. The two countries support the opening of a rail link between Dunmere and Kell by 2034.
                """);
        assertSpeaker(doc, "the opening of a rail link between Dunmere and Kell by 2034", "Ostravel and Mirrland");
    }

    /** Round 55: nothing names them as a pair, but the opening gives two states their formal names. */
    @Test
    void twoFormalStateNamesInTheOpeningAreThePair() {
        AnnotatedDocument doc = extract("""
                Joint Communique of the Fourth Session of the Intergovernmental Commission

                1. The fourth session of the Commission was held in Dunmere on 3-4 May 2033. The delegation of the \
                Republic of Ostravel was headed by its Minister of Trade, and the delegation of the Kingdom of Mirrland by \
                its Minister of Economy.

                2. The two Governments agreed to double the number of flights between their capitals.
                """);
        assertSpeaker(doc, "to double the number of flights between their capitals", "Ostravel and Mirrland");
    }
}
