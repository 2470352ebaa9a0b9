package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-first round: "the union" of a labour body whose name ends in another word ("Guild", "Federation",
 * "Brotherhood"), set off by dashes, or named only below the lede that describes it ({@link UnionNames},
 * {@link ApposedName}, {@code StoryBodies.ahead}).
 */
class UnionNamesTest {

    @Test
    void aGuildOrFederationOfATradeIsTheUnion() {
        AnnotatedDocument doc = extract("""
                Teachers walk out in Corvel

                The Corvel Teachers Federation said on Monday that talks had failed. The union said the strike would last a week.

                The Kelm Porters' Brotherhood said the porters would join. The union said it had 300 members.
                """);
        assertSpeaker(doc, "the strike would last a week", "Corvel Teachers Federation");
        assertSpeaker(doc, "it had 300 members", "Kelm Porters' Brotherhood");
    }

    /** A federation or an association of no trade is no union: "the union" stays as it is. */
    @Test
    void aFederationOfNoMembersIsNoUnion() {
        AnnotatedDocument doc = extract("""
                Museum borrows paintings

                The Varn Federation lent three paintings to the museum. The union said the loan was welcome.
                """);
        assertSpeaker(doc, "the loan was welcome", "The union");
    }

    @Test
    void aLedesUnionIsTheOneNamedBelowBetweenDashes() {
        AnnotatedDocument doc = extract("""
                Dockers to stop work at Pellam port

                PELLAM, March 3 (Halyard) - Dockers at the port of Pellam will stop work for a day on Friday, their union said.

                The dockers' union — the Pellam Harbour Workers Guild — said the port's offer of 2% was an insult.
                """);
        assertSpeaker(doc, "Dockers at the port of Pellam will stop work for a day on Friday", "Pellam Harbour Workers Guild");
        assertSpeaker(doc, "the port's offer of 2% was an insult", "Pellam Harbour Workers Guild");
    }

    /** A clause between dashes names nobody: the description stays. */
    @Test
    void aClauseBetweenDashesIsNoName() {
        AnnotatedDocument doc = extract("""
                Ferry firm cuts routes

                The company — which has 400 staff — said jobs were safe.
                """);
        assertSpeaker(doc, "jobs were safe", "The company");
    }

    /** Round 44: a union named head first, "Federation of ... Workers"; an employers' association is the other side. */
    @Test
    void aFederationOfWorkersIsTheUnionAndEmployersAreNot() {
        AnnotatedDocument doc = extract("""
                Bakers strike in Vellan

                VELLAN, May 2 (Halyard) - The strike was called by the Federation of Bread and Pastry Workers (FBPW), which has 9,000 members. The union said it would hold out for a month.

                The Vellan Bakery Owners Association said in a statement that wages had risen by 8 percent since 2030.

                Shops in the old town sold out of bread by noon, and several cafes closed early because they had nothing to serve with coffee.

                Flour mills said deliveries to the bakeries had stopped on Monday and that grain was piling up in their silos along the river.

                The city's food inspectors said they would check that bread sold in supermarkets was not past its date.

                Tourists queued outside the few bakeries run by families, which kept their ovens on and sold loaves at twice the usual price.

                Hospitals asked the city to send bread for patients from the army's field kitchens, which bake for soldiers on exercise in the hills.

                Schools told parents to pack lunches for the rest of the week, as the canteens that serve 40,000 children every day had run out of rolls.

                At the central market, traders moved their stalls of cheese and fruit to the empty places where the bakers usually stand on Saturdays.

                The last strike of the city's bakers, in 2027, lasted nine days and ended with a pay rise of 5 percent and a shorter night shift.

                Economists at the Vellan Savings Bank estimated that each day of the strike cost the city about 2 million crowns.

                The union said the owners had not answered its letter.
                """);
        assertSpeaker(doc, "it would hold out for a month", "Federation of Bread and Pastry Workers");
        assertSpeaker(doc, "the owners had not answered its letter", "Federation of Bread and Pastry Workers");
    }

    /** A federation of states or clubs opened by "of" is no union. */
    @Test
    void aFederationOfStatesIsNoUnion() {
        AnnotatedDocument doc = extract("""
                Summit ends in Tarvo

                The Federation of Coastal States met in Tarvo. The union said the meeting had gone well.
                """);
        assertSpeaker(doc, "the meeting had gone well", "The union");
    }

    /** Round 58: the place after the members ("... Workers of Varnholm") leaves the federation a union. */
    @Test
    void aFederationOfWorkersOfAPlaceIsTheUnion() {
        AnnotatedDocument doc = extract("""
                Varnholm ferry strike enters third day, union says talks have stalled

                TORVIK, June 4 (Halyard) - A strike by Varnholm's ferry crews kept every boat in port for a third day, and the \
                largest union said talks with the state operator had stalled.

                The Federation of Ferry Workers of Varnholm said 88 percent of its members had joined the strike.

                The Guild of Harbour Pilots of Varnholm said its members would not cross picket lines.
                """);
        assertSpeaker(doc, "talks with the state operator had stalled", "Federation of Ferry Workers of Varnholm");
        assertSpeaker(doc, "talks have stalled", "Federation of Ferry Workers of Varnholm");
    }

    /** Round 58: a federation of states of a region names no members. */
    @Test
    void aFederationOfStatesOfARegionIsNoUnion() {
        AnnotatedDocument doc = extract("""
                Summit ends in Tarvo

                The Federation of Coastal States of the North met in Tarvo. The union said the meeting had gone well.
                """);
        assertSpeaker(doc, "the meeting had gone well", "The union");
    }
}
