package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A group the text names as two people in apposition speaks as "A and B"; two people merely talked about are no group. */
class NamedMembersTest {

    private static final String SONS = """
            Hardware shop on Mill Lane shuts after 58 years

            HOLMBY — Greta Brandt-Osei locked the shop on Saturday for the last time.

            Her sons, Anselm and Tobiah, grew up behind the counter. Neither wanted to take it over.

            The brothers said they had offered to help her find a buyer.
            """;

    private static final String SISTERS = """
            Print works closes in Quarry Bend

            Few of the 90 workers plan to leave town. Ada and Lise Varnholm, sisters who have run the binding room \
            since 1998, both own homes nearby. The two sisters said they would look for work in the valley.
            """;

    private static final String LAWYERS = """
            Ferry captain pleads not guilty

            Ola Dahlberg-Frye and Kari Sunde-Mbatha, the defence lawyers, asked for the trial to be moved to Ostvik. \
            The lawyers said the jury pool had been tainted by coverage of the sinking.
            """;

    private static final String TALKED_ABOUT = """
            Harbour bill fails in committee

            Senators Ola Dahlberg-Frye and Kari Sunde-Mbatha voted against the harbour bill on Tuesday. The two \
            lawmakers said the bill would raise port fees for small fishing boats.
            """;

    private static final String NAMED_PARENT = """
            Sawmill fire inquiry opens

            Millwright Per Quandholm, 61, died when the drying shed at Tollby burned in March.

            Quandholm's daughters, Ingrid and Maren, came to every session. The sisters said after the hearing that \
            their father had asked for new wiring twice.
            """;

    private static final String COUPLE = """
            Corner shop in Wrexley reopens

            Tove and Anders Brekkeland-Osu, a couple who moved from the coast in 2023, reopened the corner shop on \
            Friday. The couple said they would keep the old post office counter.
            """;

    @Test
    void kinOfANamedParentSpeakAsBoth() {
        assertSpeaker(extract(NAMED_PARENT), "their father had asked for new wiring twice", "Ingrid and Maren");
    }

    @Test
    void aCoupleNamedBeforeItsWordSpeaksAsBoth() {
        assertSpeaker(extract(COUPLE), "they would keep the old post office counter", "Tove Brekkeland-Osu and Anders Brekkeland-Osu");
    }

    @Test
    void kinNamedInAppositionSpeakAsBoth() {
        assertSpeaker(extract(SONS), "they had offered to help her find a buyer", "Anselm and Tobiah");
    }

    @Test
    void aSharedSurnameGoesWithEachFirstName() {
        assertSpeaker(extract(SISTERS), "they would look for work in the valley", "Ada Varnholm and Lise Varnholm");
    }

    @Test
    void theGroupAfterTheNamesSpeaksAsThem() {
        assertSpeaker(extract(LAWYERS), "the jury pool had been tainted by coverage of the sinking",
                "Ola Dahlberg-Frye and Kari Sunde-Mbatha");
    }

    @Test
    void twoPeopleASentenceTalksAboutAreNoNamedGroup() {
        assertSpeaker(extract(TALKED_ABOUT), "the bill would raise port fees for small fishing boats", "The two lawmakers");
    }

    @Test
    void kinSetOffWithTheirNamesOrNamedBeforeAsAPossessiveGroupSpeakAsThePair() {
        AnnotatedDocument doc = extract("""
                Cyclist killed on Ferrow Road

                Ilse Marrow, 24, was struck by a van on Ferrow Road on Friday night.

                Her brothers, Joost and Wendel Marrow, said the crossing had no working light.

                The cyclist's parents, Greet and Aart Marrow, flew in from Deventer. The cyclist's parents said they wanted \
                the driver charged.
                """);
        assertSpeaker(doc, "the crossing had no working light", "Joost Marrow and Wendel Marrow");
        assertSpeaker(doc, "they wanted the driver charged", "Greet Marrow and Aart Marrow");
    }

    @Test
    void aPossessiveGroupNeverNamedAsAPairKeepsItsMention() {
        AnnotatedDocument doc = extract("""
                Cyclist killed on Ferrow Road

                Greet Marrow and Aart Marrow flew in from Deventer on Saturday.

                Her brothers said the crossing had no working light.
                """);
        assertSpeaker(doc, "the crossing had no working light", "Her brothers");
    }

    private static final String FAMILY = """
            Corner bookshop on Quay Street to close

            BRANNOCK - Pieter and Saskia Holmqvist-Aalto opened the shop in 1988, when the street still had a fishmonger.

            The Holmqvist-Aaltos said the landlord had offered them a lease at twice the rent.
            """;

    @Test
    void aFamilyPluralIsThePairSharingTheSurname() {
        assertSpeaker(extract(FAMILY), "the landlord had offered them a lease at twice the rent",
                "Pieter Holmqvist-Aalto and Saskia Holmqvist-Aalto");
    }

    @Test
    void aFamilyPluralOfAnotherSurnameKeepsItsMention() {
        assertSpeaker(extract(FAMILY.replace("The Holmqvist-Aaltos said", "The Brenners said")),
                "the landlord had offered them a lease at twice the rent", "Brenners");
    }

    @Test
    void aFamilyPluralAfterThePairsPossessiveIsThePair() {
        AnnotatedDocument doc = extract("""
                Orchard couple wins fight over cider shed

                WENLOCK EDGE - Ines and Bruno Castellane's cider shed can stay, the county planning board ruled on Monday.

                Nobody has ever bought a bottle from the shed, the Castellanes say.
                """);
        assertSpeaker(doc, "Nobody has ever bought a bottle from the shed", "Ines Castellane and Bruno Castellane");
    }

    private static final String DISSENT = """
            Appeals board upholds fishing quota

            The Coastal Appeals Board upheld the quota by three votes to two on Friday.

            Commissioner Ilse Marwood-Tan and Commissioner Oren Bakhtiari wrote a joint dissent. The dissenting commissioners said the board had ignored the survey data.
            """;

    @Test
    void twoPeopleOfOneTitleAreThePairTheTitlesPluralStandsFor() {
        assertSpeaker(extract(DISSENT), "the board had ignored the survey data", "Ilse Marwood-Tan and Oren Bakhtiari");
    }

    @Test
    void anotherPluralThanTheTitlesKeepsItsMention() {
        assertSpeaker(extract(DISSENT.replace("The dissenting commissioners said", "The fishermen said")),
                "the board had ignored the survey data", "The fishermen");
    }

    /** Round 54: a mother and a father set off apart are "the parents", in the order named. */
    @Test
    void parentsAfterAMotherAndAFatherNamedApartAreThePair() {
        AnnotatedDocument doc = extract("""
                Teen sailor rounds the cape alone

                Ines Pardo-Weiss is 15. Ines's mother, Marta Pardo, a dentist, says her daughter learned to sail at eight.

                Her father, Karl Weiss, a ferry pilot, says the boat cost about $12,000.

                She also wants a bigger boat. Her parents say they will see.
                """);
        assertSpeaker(doc, "they will see", "Marta Pardo and Karl Weiss");
    }

    /** Round 54: "they" after a content that opens naming the group's two members is that pair. */
    @Test
    void theyAfterAContentNamingTwoMembersIsThePair() {
        AnnotatedDocument doc = extract("""
                Old Orrin barn sold to couple who plan a theatre

                The county has sold the Orrin barn to a couple from Wexley for $300,000, the Rural Lands Office said Monday.

                The new owners, Hal and Rena Tisdale, plan to turn the barn into a theatre, they said in an interview.
                """);
        assertSpeaker(doc, "The new owners, Hal and Rena Tisdale, plan to turn the barn into a theatre", "Hal Tisdale and Rena Tisdale");
    }

    /** Round 55: a person and the spouse set off after them ("and her husband, Tor, 66,") are "the couple". */
    @Test
    void aPersonAndTheSpouseSetOffAreTheCouple() {
        AnnotatedDocument doc = extract("""
                Tailor's shop on Quay Row to close

                Mirela Haskovic, 58, and her husband, Dario, 61, hung a notice in the window on Friday.

                The couple said the lease on the shop ends in March. "We have sewn our last wedding dress," Dario Haskovic said.
                """);
        assertSpeaker(doc, "the lease on the shop ends in March", "Mirela Haskovic and Dario Haskovic");
    }

    /** "The couple" before the spouses are named is someone else's. */
    @Test
    void aCoupleBeforeTheSpousesAreNamedKeepsItsMention() {
        AnnotatedDocument doc = extract("""
                Tailor's shop on Quay Row to close

                The couple said the lease on the shop ends in March.

                Mirela Haskovic, 58, and her husband, Dario, 61, hung a notice in the window on Friday.
                """);
        assertSpeaker(doc, "the lease on the shop ends in March", "The couple");
    }

    /**
     * Round 56: the group's plural with whose it is ("The owners of the bakery") before the pair set off speaks as the
     * pair, in the order named.
     */
    @Test
    void aPluralWithItsOfPhraseBeforeAPairSpeaksAsThePair() {
        AnnotatedDocument doc = extract("""
                Bakery fire on Quay Street

                The owners of the bakery, Lionel and Greta Okafor-Baines, told the Gazette they would reopen in May.
                """);
        assertSpeaker(doc, "they would reopen in May", "Lionel Okafor-Baines and Greta Okafor-Baines");
    }

    /**
     * Round 61: a pair is read only where it can be named, a stretch between periods and line breaks holding " and "
     * before a capital or "his "/"her "; a plain " and " before it in the same sentence leaves it found.
     */
    @Test
    void aPairIsReadInTheStretchesThatCanNameOne() {
        String text = "Ferries and trams ran late. The Osterby Gazette said so.\nTheir cousins, Wenna and Pell Ruskin, "
                + "and the mayor spoke. Bread and butter and Milo Tark came.\nKarl and his wife, Ysolde, left";
        List<String> stretches = NamedMembers.stretches(text).stream().map(s -> text.substring(s[0], s[1])).toList();
        assertEquals(List.of("Their cousins, Wenna and Pell Ruskin, and the mayor spoke.", " Bread and butter and Milo Tark came.",
                "Karl and his wife, Ysolde, left"), stretches);
        AnnotatedDocument doc = extract("""
                Boathouse on Selby Point rebuilt

                After the wind and rain took the roof in March, her sons, Ivo and Teodor, rebuilt the boathouse.

                The brothers said the new roof would hold through the winter.
                """);
        assertSpeaker(doc, "the new roof would hold through the winter", "Ivo and Teodor");
    }
}
