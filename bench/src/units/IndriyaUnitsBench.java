import javax.measure.Unit;
import javax.measure.UnitConverter;
import javax.measure.quantity.Pressure;

import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.unit.Units;

/**
 * Start-up, parse and conversion cost of JSR 385 / Indriya 2.2, for the comparison in BENCHMARKS.md
 * (tools/bench-units.sh). Indriya spells m³ and · where CryoStudio accepts m3 and *.
 */
public class IndriyaUnitsBench {

	@SuppressWarnings({ "rawtypes", "unchecked" })
	public static void main(String[] args) {
		long t0 = System.nanoTime();
		Unit<?> u = SimpleUnitFormat.getInstance().parse("Pa*m³/s");
		double v = ((Unit) u).getConverterTo((Unit) Units.WATT).convert(2.5);
		long t1 = System.nanoTime();
		System.out.printf("indriya: first parse+convert %.1f ms (%s)%n", (t1 - t0) / 1e6, v);
		String[] texts = { "Pa*m³/s", "W/(m·K)", "m³/h", "J/(kg·K)", "kJ/mol", "kg/s" };
		int n = 200000;
		double sink = 0;
		for (int k = 0; k < 3; k++) {
			long a = System.nanoTime();
			for (int i = 0; i < n; i++) {
				sink += SimpleUnitFormat.getInstance().parse(texts[i % texts.length]).hashCode();
			}
			System.out.printf("indriya: parse %.0f ns%n", (System.nanoTime() - a) / (double) n);
		}
		Unit<Pressure> mbar = Units.PASCAL.multiply(100);
		UnitConverter c = mbar.getConverterTo(Units.PASCAL);
		for (int k = 0; k < 3; k++) {
			long a = System.nanoTime();
			for (int i = 0; i < 10 * n; i++) {
				sink += c.convert(i * 1e-3);
			}
			System.out.printf("indriya: convert %.1f ns%n", (System.nanoTime() - a) / (10.0 * n));
		}
		System.out.println(sink != 0 ? "" : " ");
	}
}
