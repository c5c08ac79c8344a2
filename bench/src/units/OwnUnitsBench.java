import org.cryostudio.physics.units.Unit;
import org.cryostudio.physics.units.Units;

/** The same measurements as IndriyaUnitsBench for org.cryostudio.physics.units (tools/bench-units.sh). */
public class OwnUnitsBench {

	public static void main(String[] args) {
		long t0 = System.nanoTime();
		Unit u = Units.parse("Pa*m3/s");
		double v = u.convert(2.5, Units.WATT);
		long t1 = System.nanoTime();
		System.out.printf("own:     first parse+convert %.1f ms (%s)%n", (t1 - t0) / 1e6, v);
		String[] texts = { "Pa*m3/s", "W/(m*K)", "m3/h", "J/(kg*K)", "kJ/mol", "kg/s" };
		int n = 200000;
		double sink = 0;
		for (int k = 0; k < 3; k++) {
			long a = System.nanoTime();
			for (int i = 0; i < n; i++) {
				sink += Units.parse(texts[i % texts.length]).factor();
			}
			System.out.printf("own:     parse %.0f ns%n", (System.nanoTime() - a) / (double) n);
		}
		Unit mbar = Units.MBAR;
		for (int k = 0; k < 3; k++) {
			long a = System.nanoTime();
			for (int i = 0; i < 10 * n; i++) {
				sink += mbar.toSi(i * 1e-3);
			}
			System.out.printf("own:     convert %.1f ns%n", (System.nanoTime() - a) / (10.0 * n));
		}
		System.out.println(sink != 0 ? "" : " ");
	}
}
