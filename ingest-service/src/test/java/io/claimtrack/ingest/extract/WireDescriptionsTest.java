package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, classes 1 and 6, on invented wire stories and government readouts: a description ("the minister",
 * "the top diplomat", "the Kremlin aide", "the defence chief") linked to the person it describes, and one
 * person's statements under one name and the fullest role the document gives them.
 */
class WireDescriptionsTest {

    /** Class 1 and 6: a headline's descriptor and the lede's descriptions are the minister the lede names. */
    @Test
    void aWireStorysDescriptionsAreTheMinisterTheLedeNames() {
        AnnotatedDocument doc = extract("""
                Moscow open to grain talks — top diplomat

                MOSCOW, March 3. /TASS/. Russia is ready to resume talks on the grain corridor, Russian Foreign \
                Minister Pavel Orlov said on Friday.

                "We have never refused to talk," the minister stressed at a news conference.

                The top diplomat also said that the sanctions had failed.

                The diplomat added that a new round could start in April.
                """);

        for (String content : List.of("Moscow open to grain talks", "Russia is ready to resume talks on the grain corridor",
                "\"We have never refused to talk,\"", "the sanctions had failed", "a new round could start in April")) {
            assertSpeaker(doc, content, "Pavel Orlov");
            assertEquals("Russian Foreign Minister", statement(doc, content).role, content);
        }
    }

    /** Class 1: "Foreign Minister X stressed:" and a deputy, each description the one its own office fits. */
    @Test
    void aReadoutsDescriptionsKeepToTheirOwnOffices() {
        AnnotatedDocument doc = extract("""
                Readout of the call

                Foreign Minister Pavel Orlov stressed: "Our position has not changed."

                Orlov said the sides agreed to meet again. The foreign minister noted that trade had grown.

                Deputy Foreign Minister Anna Belova said the visa talks would go on. The deputy minister added \
                that no date was set.
                """);

        assertSpeaker(doc, "\"Our position has not changed.\"", "Pavel Orlov");
        assertSpeaker(doc, "the sides agreed to meet again", "Pavel Orlov");
        assertSpeaker(doc, "trade had grown", "Pavel Orlov");
        assertEquals("Foreign Minister", statement(doc, "the sides agreed to meet again").role);
        assertSpeaker(doc, "no date was set", "Anna Belova");
    }

    /** Class 1: an apposition, either way round, names the aide a later description stands for. */
    @Test
    void anAppositionNamesTheAideLaterDescriptionsStandFor() {
        AnnotatedDocument doc = extract("""
                Envoy hopeful on ceasefire

                Yuri Sokol, the Kremlin aide, said on Monday the ceasefire could hold.

                The Kremlin aide added that the monitors would arrive next week.

                The aide said the sanctions were not on the table.
                """);

        for (String content : List.of("the ceasefire could hold", "the monitors would arrive next week",
                "the sanctions were not on the table")) {
            assertSpeaker(doc, content, "Yuri Sokol");
            assertEquals("Kremlin aide", statement(doc, content).role, content);
        }
    }

    /** Class 1: a role named with the name only after the description ("The Kremlin aide said ... Kremlin aide X"). */
    @Test
    void aDescriptionBeforeTheNameIsThePersonLaterGivenItsTitle() {
        AnnotatedDocument doc = extract("""
                Ceasefire talks resume

                The Kremlin aide said on Monday that the ceasefire could hold.

                Kremlin aide Yuri Sokol, who led the delegation, told reporters the monitors would arrive next week.
                """);

        assertSpeaker(doc, "the ceasefire could hold", "Yuri Sokol");
    }

    /**
     * Class 1: a description that names the field of its office ("the environment minister") is not a minister
     * of another field named since ("Prime Minister Ola Nygaard"): the most recent name it fits.
     */
    @Test
    void aMinisterOfOneFieldIsNotTheMinisterOfAnother() {
        AnnotatedDocument doc = extract("""
                Minister warns of floods

                Environment Minister Kari Dahl warned on Monday that the rivers would rise. Prime Minister Ola \
                Nygaard said the army was ready.

                The environment minister said the dams would hold.

                The premier said the government would pay for the damage.

                The prime minister added that the army would stay.
                """);

        assertSpeaker(doc, "the dams would hold", "Kari Dahl");
        assertEquals("Environment Minister", statement(doc, "the dams would hold").role);
        assertSpeaker(doc, "the government would pay for the damage", "Ola Nygaard");
        assertSpeaker(doc, "the army would stay", "Ola Nygaard");
    }

    /**
     * Class 1: "the defence chief", "the security chief": the head of the field the title names, whatever the
     * office is called ("Defense Minister", "Security Council Secretary"); a chief of another field is not.
     */
    @Test
    void aFieldsChiefIsThePersonHeadingThatField() {
        AnnotatedDocument doc = extract("""
                Defence chief visits front

                Defense Minister Sergei Volkov inspected troops on Sunday, the ministry said.

                The defence chief said the army had taken two villages.

                Security Council Secretary Nikolai Petrov said on Monday the threat was growing.

                The security chief said new measures were needed.

                The health chief said the hospitals were full.
                """);

        assertSpeaker(doc, "the army had taken two villages", "Sergei Volkov");
        assertEquals("Defense Minister", statement(doc, "the army had taken two villages").role);
        assertSpeaker(doc, "new measures were needed", "Nikolai Petrov");
        assertSpeaker(doc, "the hospitals were full", "The health chief");
    }

    /** Class 1: "the Russian minister" and "the Turkish minister" at one meeting, each by the country of their office. */
    @Test
    void twoMinistersAtOneMeetingAreToldApartByTheirCountries() {
        AnnotatedDocument doc = extract("""
                Talks in Ankara

                Turkish Foreign Minister Hakan Demir and his Russian counterpart Pavel Orlov met in Ankara on Thursday.

                Demir said the talks were useful. Orlov said the grain corridor would stay open.

                The Russian minister said Moscow wanted guarantees.

                The Turkish minister said Ankara would host the next round.
                """);

        assertSpeaker(doc, "Moscow wanted guarantees", "Pavel Orlov");
        assertSpeaker(doc, "Ankara would host the next round", "Hakan Demir");
        assertEquals("Turkish Foreign Minister", statement(doc, "Ankara would host the next round").role);
    }

    /** Class 1: "the Russian leader" is the person titled for Russia, not the last speaker, whom the text titles for Germany. */
    @Test
    void aLeaderIsTheHeadOfTheCountryTheDescriptionNames() {
        AnnotatedDocument doc = extract("""
                Leaders meet in Vienna

                VIENNA, May 4. Russian President Pavel Orlov arrived in Vienna on Monday for talks with German \
                Chancellor Klaus Hartmann.

                Hartmann said the talks would focus on gas prices.

                The Russian leader said Moscow was ready to sign a new deal.

                The German leader added that Berlin wanted guarantees.
                """);

        assertSpeaker(doc, "the talks would focus on gas prices", "Klaus Hartmann");
        assertSpeaker(doc, "Moscow was ready to sign a new deal", "Pavel Orlov");
        assertEquals("Russian President", statement(doc, "Moscow was ready to sign a new deal").role);
        assertSpeaker(doc, "Berlin wanted guarantees", "Klaus Hartmann");
    }

    /** Class 1: with no one titled for the country, "the Russian leader" is not the person just named, whom the text titles for Germany. */
    @Test
    void aLeaderIsNotThePersonJustNamedForAnotherCountry() {
        AnnotatedDocument doc = extract("""
                Gas talks stall

                German Chancellor Klaus Hartmann flew to Vienna on Monday.

                Hartmann met the delegation at the airport. The Russian leader said Moscow was ready to sign.
                """);

        assertEquals("The Russian leader", statement(doc, "Moscow was ready to sign").speaker);
    }

    /**
     * Round 60: a bare description said again ("the chairman said ... The chairman denied") is the person it stood for
     * before, over a nearer person the story gives no such office (a player's lawyer, the player).
     */
    @Test
    void theSameBareDescriptionAgainIsThePersonItStoodForBefore() {
        AnnotatedDocument doc = extract("""
                Harwick Rovers will not sell Tomas Eliade-Brun - club chairman

                HARWICK, May 4. /NOVA/. Harwick Rovers will not sell midfielder Tomas Eliade-Brun this summer, club \
                chairman Ottokar Mensah-Lind told NOVA on Monday.

                The club turned down an offer of 6 million euros from Varnsee on Friday, the chairman said.

                Eliade-Brun, 22, missed training on Saturday, citing a knee injury. His lawyer, Ines Poltava-Grey, told \
                a radio station that the player had been promised a move in March.

                The chairman denied that the club had made any promise. "Nobody promised him anything," he stressed.
                """);
        assertSpeaker(doc, "the club had made any promise", "Ottokar Mensah-Lind");
        assertSpeaker(doc, "\"Nobody promised him anything,\"", "Ottokar Mensah-Lind");
    }
}
