package org.cryostudio.physics.fluids;

/**
 * Reduced Helmholtz energy alpha(tau, delta) = a/(RT) = alpha0 + alphar of a multiparameter
 * equation of state and its partial derivatives, tau = T_r/T and delta = rho/rho_r.
 *
 * <p>Term families (Span, <i>Multiparameter Equations of State</i>, Springer 2000; Lemmon,
 * McLinden &amp; Wagner, J. Chem. Eng. Data 54 (2009) 3141; Gao et al., J. Phys. Chem. Ref. Data
 * 49 (2020) 043103 for the "GaoB" term):
 * <ul>
 * <li>power: n delta^d tau^t exp(-delta^l) (no exponential for l = 0)</li>
 * <li>Gaussian: n delta^d tau^t exp(-eta (delta-epsilon)^2 - beta (tau-gamma)^2)</li>
 * <li>non-analytic (Span &amp; Wagner 1996, IAPWS-95): n Delta^b delta psi</li>
 * <li>GaoB: n delta^d tau^t exp(eta (delta-epsilon)^2 + 1/(beta (tau-gamma)^2 + b))</li>
 * <li>ideal gas: ln delta + a1 + a2 tau + a ln tau + sum n tau^t + sum n ln(1 - exp(-theta tau))
 * + sum n ln(c + d exp(theta tau))</li>
 * </ul>
 * The coefficients live in the fluid data files; this class holds only the algebra. Thread-safe
 * and allocation-free apart from the result object.
 */
final class HelmholtzEos {

	/** Residual part and its derivatives at one (tau, delta). Field names: a = alphar, suffix d/t. */
	static final class Residual {
		double a, d, t, dd, tt, dt;
	}

	/** Ideal-gas part and its tau derivatives at one (tau, delta). */
	static final class Ideal {
		double a, t, tt;
	}

	// power terms
	private final double[] pn, pd, pt, pl;
	// Gaussian terms
	private final double[] gn, gd, gt, geta, gbeta, ggamma, geps;
	// non-analytic terms
	private final double[] nn, na, nb, nbeta, nA, nB, nC, nD;
	// GaoB terms
	private final double[] bn, bd, bt, beta_, bbeta, bgamma, beps, bb;
	// ideal-gas terms
	private final double lead1, lead2, logTau;
	private final double[] ipn, ipt, pen, pet, pgn, pgt, pgc, pgd;

	HelmholtzEos(FluidData data) {
		int np = count(data.residualKinds, "power"), ng = count(data.residualKinds, "gauss");
		int nna = count(data.residualKinds, "nonanalytic"), nb_ = count(data.residualKinds, "gaob");
		pn = new double[np]; pd = new double[np]; pt = new double[np]; pl = new double[np];
		gn = new double[ng]; gd = new double[ng]; gt = new double[ng]; geta = new double[ng];
		gbeta = new double[ng]; ggamma = new double[ng]; geps = new double[ng];
		nn = new double[nna]; na = new double[nna]; nb = new double[nna]; nbeta = new double[nna];
		nA = new double[nna]; nB = new double[nna]; nC = new double[nna]; nD = new double[nna];
		bn = new double[nb_]; bd = new double[nb_]; bt = new double[nb_]; beta_ = new double[nb_];
		bbeta = new double[nb_]; bgamma = new double[nb_]; beps = new double[nb_]; bb = new double[nb_];
		int ip = 0, ig = 0, in = 0, ib = 0;
		for (int k = 0; k < data.residual.size(); k++) {
			double[] c = data.residual.get(k);
			switch (data.residualKinds.get(k)) {
			case "power" -> {
				pn[ip] = c[0]; pd[ip] = c[1]; pt[ip] = c[2]; pl[ip] = c[3];
				ip++;
			}
			case "gauss" -> {
				gn[ig] = c[0]; gd[ig] = c[1]; gt[ig] = c[2]; geta[ig] = c[3]; gbeta[ig] = c[4];
				ggamma[ig] = c[5]; geps[ig] = c[6];
				ig++;
			}
			case "nonanalytic" -> {
				nn[in] = c[0]; na[in] = c[1]; nb[in] = c[2]; nbeta[in] = c[3]; nA[in] = c[4];
				nB[in] = c[5]; nC[in] = c[6]; nD[in] = c[7];
				in++;
			}
			case "gaob" -> {
				bn[ib] = c[0]; bd[ib] = c[1]; bt[ib] = c[2]; beta_[ib] = c[3]; bbeta[ib] = c[4];
				bgamma[ib] = c[5]; beps[ib] = c[6]; bb[ib] = c[7];
				ib++;
			}
			default -> throw new IllegalStateException("unknown residual term " + data.residualKinds.get(k));
			}
		}
		double l1 = 0, l2 = 0, lt = 0;
		int nip = count(data.idealKinds, "power"), npe = count(data.idealKinds, "pe"), npg = count(data.idealKinds, "peg");
		ipn = new double[nip]; ipt = new double[nip]; pen = new double[npe]; pet = new double[npe];
		pgn = new double[npg]; pgt = new double[npg]; pgc = new double[npg]; pgd = new double[npg];
		int a = 0, b = 0, e = 0;
		for (int k = 0; k < data.ideal.size(); k++) {
			double[] c = data.ideal.get(k);
			switch (data.idealKinds.get(k)) {
			// the reference-state offset has the same form as the lead term, so they add up
			case "lead", "offset" -> {
				l1 += c[0];
				l2 += c[1];
			}
			case "logtau" -> lt += c[0];
			case "power" -> {
				ipn[a] = c[0]; ipt[a] = c[1];
				a++;
			}
			case "pe" -> {
				pen[b] = c[0]; pet[b] = c[1];
				b++;
			}
			case "peg" -> {
				pgn[e] = c[0]; pgt[e] = c[1]; pgc[e] = c[2]; pgd[e] = c[3];
				e++;
			}
			default -> throw new IllegalStateException("unknown ideal-gas term " + data.idealKinds.get(k));
			}
		}
		lead1 = l1;
		lead2 = l2;
		logTau = lt;
	}

	private static int count(java.util.List<String> kinds, String kind) {
		int n = 0;
		for (String k : kinds) {
			if (k.equals(kind)) {
				n++;
			}
		}
		return n;
	}

	/** Ideal-gas part at (tau, delta). */
	Ideal ideal(double tau, double delta) {
		Ideal r = new Ideal();
		double a = Math.log(delta) + lead1 + lead2 * tau + logTau * Math.log(tau);
		double at = lead2 + logTau / tau;
		double att = -logTau / (tau * tau);
		for (int i = 0; i < ipn.length; i++) {
			double v = ipn[i] * Math.pow(tau, ipt[i]);
			a += v;
			at += v * ipt[i] / tau;
			att += v * ipt[i] * (ipt[i] - 1) / (tau * tau);
		}
		for (int i = 0; i < pen.length; i++) {
			double x = pet[i] * tau;
			double em = Math.exp(-x);
			// ln(1 - e^-x) and its derivatives, written with expm1 so large theta stays exact
			a += pen[i] * Math.log1p(-em);
			double q = 1.0 / Math.expm1(x);
			at += pen[i] * pet[i] * q;
			att -= pen[i] * pet[i] * pet[i] * q * (1 + q);
		}
		for (int i = 0; i < pgn.length; i++) {
			double ex = Math.exp(pgt[i] * tau);
			double den = pgc[i] + pgd[i] * ex;
			a += pgn[i] * Math.log(den);
			at += pgn[i] * pgt[i] * pgd[i] * ex / den;
			att += pgn[i] * pgt[i] * pgt[i] * pgc[i] * pgd[i] * ex / (den * den);
		}
		r.a = a;
		r.t = at;
		r.tt = att;
		return r;
	}

	/** Residual part and its first and second derivatives at (tau, delta). */
	Residual residual(double tau, double delta) {
		Residual r = new Residual();
		double lnd = Math.log(delta), lnt = Math.log(tau);
		double id = 1.0 / delta, it = 1.0 / tau;
		double a = 0, ad = 0, at = 0, add = 0, att = 0, adt = 0;
		for (int i = 0; i < pn.length; i++) {
			double d = pd[i], t = pt[i];
			if (pl[i] == 0) {
				double v = pn[i] * Math.exp(d * lnd + t * lnt);
				a += v;
				ad += v * d * id;
				add += v * d * (d - 1) * id * id;
				at += v * t * it;
				att += v * t * (t - 1) * it * it;
				adt += v * d * t * id * it;
			} else {
				double l = pl[i];
				// l is a small integer in every published EoS: delta^l by multiplication saves an exp
				double dl = l == (int) l && l <= 8 ? intPow(delta, (int) l) : Math.exp(l * lnd);
				double v = pn[i] * Math.exp(d * lnd + t * lnt - dl);
				double k = d - l * dl;
				a += v;
				ad += v * k * id;
				add += v * (k * (k - 1) - l * l * dl) * id * id;
				at += v * t * it;
				att += v * t * (t - 1) * it * it;
				adt += v * t * k * id * it;
			}
		}
		for (int i = 0; i < gn.length; i++) {
			double dd = delta - geps[i], tt = tau - ggamma[i];
			double v = gn[i] * Math.exp(gd[i] * lnd + gt[i] * lnt - geta[i] * dd * dd - gbeta[i] * tt * tt);
			double fd = gd[i] * id - 2 * geta[i] * dd;
			double ft = gt[i] * it - 2 * gbeta[i] * tt;
			a += v;
			ad += v * fd;
			add += v * (fd * fd - gd[i] * id * id - 2 * geta[i]);
			at += v * ft;
			att += v * (ft * ft - gt[i] * it * it - 2 * gbeta[i]);
			adt += v * fd * ft;
		}
		for (int i = 0; i < bn.length; i++) {
			double dd = delta - beps[i], tt = tau - bgamma[i];
			double u = bbeta[i] * tt * tt + bb[i];
			double g1 = -2 * bbeta[i] * tt / (u * u);
			double g2 = -2 * bbeta[i] / (u * u) + 8 * bbeta[i] * bbeta[i] * tt * tt / (u * u * u);
			double v = bn[i] * Math.exp(bd[i] * lnd + bt[i] * lnt + beta_[i] * dd * dd + 1.0 / u);
			double fd = bd[i] * id + 2 * beta_[i] * dd;
			double ft = bt[i] * it + g1;
			a += v;
			ad += v * fd;
			add += v * (fd * fd - bd[i] * id * id + 2 * beta_[i]);
			at += v * ft;
			att += v * (ft * ft - bt[i] * it * it + g2);
			adt += v * fd * ft;
		}
		for (int i = 0; i < nn.length; i++) {
			double[] na6 = nonAnalytic(i, tau, delta);
			a += na6[0];
			ad += na6[1];
			at += na6[2];
			add += na6[3];
			att += na6[4];
			adt += na6[5];
		}
		r.a = a;
		r.d = ad;
		r.t = at;
		r.dd = add;
		r.tt = att;
		r.dt = adt;
		return r;
	}

	private static double intPow(double x, int n) {
		double r = x;
		for (int k = 1; k < n; k++) {
			r *= x;
		}
		return r;
	}

	/**
	 * One non-analytic term and its derivatives (Span &amp; Wagner 1996, Table 32; IAPWS-95
	 * Table 5). The term is singular at the critical point itself, so delta = 1 is nudged by 1e-10.
	 *
	 * @return {phi, phi_d, phi_t, phi_dd, phi_tt, phi_dt}
	 */
	private double[] nonAnalytic(int i, double tau, double delta) {
		double n = nn[i], a = na[i], b = nb[i], beta = nbeta[i], A = nA[i], B = nB[i], C = nC[i], D = nD[i];
		if (Math.abs(delta - 1) < 1e-10) {
			delta = 1 + 1e-10;
		}
		double dm = delta - 1, tm = tau - 1, dm2 = dm * dm;
		double theta = (1 - tau) + A * Math.pow(dm2, 0.5 / beta);
		double Delta = theta * theta + B * Math.pow(dm2, a);
		if (Delta < 1e-300) {
			Delta = 1e-300;
		}
		double psi = Math.exp(-C * dm2 - D * tm * tm);
		double psiD = -2 * C * dm * psi;
		double psiDD = (2 * C * dm2 - 1) * 2 * C * psi;
		double psiT = -2 * D * tm * psi;
		double psiTT = (2 * D * tm * tm - 1) * 2 * D * psi;
		double psiDT = 4 * C * D * dm * tm * psi;
		double p1 = Math.pow(dm2, 0.5 / beta - 1);
		double dDelta = dm * (A * theta * 2 / beta * p1 + 2 * B * a * Math.pow(dm2, a - 1));
		double ddDelta = dDelta / dm + dm2 * (4 * B * a * (a - 1) * Math.pow(dm2, a - 2)
				+ 2 * A * A / (beta * beta) * p1 * p1 + A * theta * 4 / beta * (0.5 / beta - 1) * Math.pow(dm2, 0.5 / beta - 2));
		double Db = Math.pow(Delta, b);
		double Db1 = b * Math.pow(Delta, b - 1);
		double Db2 = b * (b - 1) * Math.pow(Delta, b - 2);
		double DbD = Db1 * dDelta;
		double DbDD = Db1 * ddDelta + Db2 * dDelta * dDelta;
		double DbT = -2 * theta * Db1;
		double DbTT = 2 * Db1 + 4 * theta * theta * Db2;
		double DbDT = -A * Db1 * 2 / beta * dm * p1 - 2 * theta * Db2 * dDelta;
		return new double[] { n * Db * delta * psi, n * (Db * (psi + delta * psiD) + DbD * delta * psi),
				n * delta * (DbT * psi + Db * psiT), n * (Db * (2 * psiD + delta * psiDD) + 2 * DbD * (psi + delta * psiD) + DbDD * delta * psi),
				n * delta * (DbTT * psi + 2 * DbT * psiT + Db * psiTT),
				n * (Db * (psiT + delta * psiDT) + delta * DbD * psiT + DbT * (psi + delta * psiD) + DbDT * delta * psi) };
	}
}
