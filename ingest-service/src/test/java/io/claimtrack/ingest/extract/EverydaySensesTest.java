package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, thirty-ninth round: cue words in their everyday senses say nothing: a competition claimed (won), a helper
 * called for (summoned), one's own money pledged, a price charged, an offer to triple a grant (an act, as "offered
 * assistance"); the same verbs with a clause or a position stay statements.
 */
class EverydaySensesTest {

    private static List<String> said(String text) {
        return statements(extract(text));
    }

    @Test
    void aCompetitionClaimedIsWon() {
        List<String> found = said("""
                TESSEL, June 8 (Reuters) - Mira Holtz needed three sets to beat the top seed and claim the Tessel Open, \
                her second title of the season. Holtz said the wind had made serving hard.
                """);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("the wind had made serving hard"), found.toString());
    }

    @Test
    void aHelperCalledForIsSummonedButCalmIsDemanded() {
        List<String> found = said("""
                Dana Kirsch, who called for the physio after the first game, said her ankle had held up. The coach, Ivo \
                Brandl, called for calm after the match and said the team would recover.
                """);
        assertTrue(found.stream().noneMatch(s -> s.contains("physio")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("| calm after the match |")), found.toString());
    }

    @Test
    void helpAloneIsSummonedButAnAppealForHelpWithItsAimIsAStatement() {
        List<String> found = said("""
                A cyclist hit a moose near Brenn Pass on Sunday, and two drivers who stopped called for help. The \
                Brenn County warden, Olli Saarik, called for help for the families whose roads were washed out.
                """);
        assertTrue(found.stream().noneMatch(s -> s.contains("two drivers")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("| help for the families whose roads were washed out |")), found.toString());
    }

    @Test
    void yourIsADeterminerAsHerIs() {
        // Round 40: the determiners before a helper or a competition are the Lexicon's articles and possessives.
        List<String> found = said("""
                At the Kell ground, a steward called for your physio within a minute of the fall. The steward, Ivo \
                Brandl, called for your patience while the pitch was cleared. Mira Holtz claimed your Tessel Open on Sunday.
                """);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("| your patience while the pitch was cleared | called for"), found.toString());
    }

    @Test
    void ownMoneyPledgedIsGivenButSupportPledgedIsAPosition() {
        List<String> found = said("""
                Tomas Vell, who has pledged his bonus to a children's hospital in Marrow, said the season had been his best.
                The mayor, Ilse Korb, pledged her support for a new stadium.
                """);
        assertTrue(found.stream().noneMatch(s -> s.contains("children's hospital")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("her support for a new stadium")), found.toString());
    }

    @Test
    void aPriceChargedSaysNothingButAChargeThatDoes() {
        List<String> found = said("""
                The agency charged its clients an average of $300 on top of the filing fee in 2025. Tenants charged \
                that the landlord had ignored the broken heating for months.
                """);
        assertTrue(found.stream().noneMatch(s -> s.contains("$300")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("the landlord had ignored the broken heating for months")), found.toString());
    }

    @Test
    void anOfferToTripleAGrantIsAnAct() {
        List<String> found = said("""
                The regional council has offered to triple the grant for hedgerows planted along the river, Olga Maren, \
                a farmer in Kell, told the meeting on Tuesday.
                """);
        assertTrue(found.stream().noneMatch(s -> s.startsWith("The regional council") && s.contains("| offered |")), found.toString());
    }

    /** Round 49: "recounts every ballot" counts again; "recounts the night the ferry sank" tells a story. */
    @Test
    void ballotsRecountedAreCountedAgain() {
        List<String> found = said("""
                The returning officer recounts every ballot in public and may rule on any disputed one.
                In his memoir, Tom Hale recounts the night the ferry sank.
                """);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("the night the ferry sank"), found.toString());
    }

    /** Round 51: "few people believe the word “interim.”" doubts a term; "believes the pier is safe" stays. */
    @Test
    void aWordBelievedInIsNoClaim() {
        List<String> found = said("""
                In Moss Bay, few people believe the word "interim."
                The harbour master believes the pier is safe.
                """);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("the pier is safe"), found.toString());
    }

    /** Round 52: a headline's "says goodnight" takes leave; late fines charged are a penalty levied, as a fee is. */
    @Test
    void goodnightAndFinesChargedSayNothing() {
        List<String> found = said("""
                After 30 years behind the bar, Tilda Brackett says goodnight

                The owner of the Lamplighter pub closes its doors on Saturday. Mira Santos said the pool lost about 300 \
                members a year while it charged late fines. The union charged that the pool had cut wages.
                """);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Mira Santos | the pool lost about 300 members a year while it charged late fines |"),
                found.toString());
        assertTrue(found.get(1).contains("| the pool had cut wages | charged"), found.toString());
    }

    /** Round 53: patients "admitted through" a unit or "admitted to" a ward are taken in for care, no admission made. */
    @Test
    void aPatientAdmittedIsTakenInNotConfessing() {
        List<String> found = said("""
                According to figures from the Orland Care Board, children admitted through Kelby General's urgent care \
                unit in May waited an average of six hours for a bed. Patients admitted to the cardiac ward waited longer, \
                the board said. The night manager, Tove Lindahl, admitted that the unit had run out of cots.
                """);
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.contains("| admitted |") && !s.startsWith("Tove Lindahl")), found.toString());
        assertTrue(found.get(2).startsWith("Tove Lindahl | the unit had run out of cots | admitted"), found.toString());
    }

    /** Round 56: a member "admitted" by its name and then where, as what or when is let in, no admission made. */
    @Test
    void aMemberAdmittedIsLetInNotConfessing() {
        List<String> found = said("""
                The Harbour League's chair, Odile Marchetti, said in 2035 that the League would admit Velmora \
                within a year. The secretary, Ivo Brandt, admitted Velmora had missed the deadline.
                """);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Odile Marchetti | the League would admit Velmora within a year | said"), found.toString());
        assertTrue(found.get(1).startsWith("Ivo Brandt | Velmora had missed the deadline | admitted"), found.toString());
    }

    @Test
    void aThingHandledAccordingToItsDirectionsHasNoSource() {
        // Round 53: "according to" right after a participle of handling gives the way it is done, not who said it.
        List<String> found = said("""
                The maker of the varnish, Olsted Coatings, said in a statement that the varnish was harmless when \
                applied according to the directions on the tin.
                """);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Olsted Coatings | the varnish was harmless when applied according to the directions"),
                found.toString());
    }

    /** Round 54: a levy that would charge each payer a sum bills them; "charged each official with" is left. */
    @Test
    void eachPayerBilledASumIsNoStatement() {
        assertEquals(List.of(), Pipeline.contents(Pipeline.attribute("""
                Tenants filled the hall to fight a levy that would charge each unit between $6,000 and $9,000.
                The club charges every one of its 40 members up to $300 a season.
                """)));
    }

    /** Round 54: "reminding them gently" gives whom and how, no reminder's words; "reminded them that" is kept. */
    @Test
    void aBareReminderIsNoStatement() {
        List<String> found = statements(extract("""
                The clinic said some patients had missed doses, and that nurses were reminding them by phone. Dr. Olu \
                Bassey reminded them that the pills must be taken with food.
                """));
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(1).contains("| the pills must be taken with food | reminded"), found.toString());
    }

    @Test
    void aServiceCalledIsSummonedButAServiceCalledSomethingIsNamed() {
        // Round 55: "call the fire brigade if ..." summons; "called the police a disgrace" names them, a position.
        List<String> found = said("""
                Oren Valdt, a ferryman, testified that he would call the fire brigade if the boathouse caught alight. \
                The warden called the coastguard when the skiff drifted. Tenants called the police a disgrace.
                """);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).contains("| he would call the fire brigade if the boathouse caught alight | testified"), found.toString());
        assertTrue(found.get(1).contains("| the police a disgrace | called"), found.toString());
    }
}
