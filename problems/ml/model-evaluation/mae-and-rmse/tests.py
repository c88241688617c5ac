"""MAE/RMSE cases: the examples, a perfect forecast, one value, constant-size errors (MAE equals
RMSE), one huge outlier, negative values, seeded random forecasts with different error laws."""
import random


def _forecast(rng, n, level, noise, outliers):
    truth = [round(rng.uniform(-level, level), 2) for _ in range(n)]
    pred = []
    for t in truth:
        e = rng.gauss(0, noise) if rng.random() > outliers else rng.uniform(-50, 50) * noise
        pred.append(round(max(-1e6, min(1e6, t + e)), 2))
    return truth, pred


def cases():
    out = [
        {"args": [[10.0, 12.0, 8.0, 15.0], [11.0, 12.0, 6.0, 15.0]], "sample": True},
        {"args": [[0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 10.0]], "sample": True},
        {"args": [[3.5], [3.5]]},                                  # perfect
        {"args": [[3.5], [-1.5]]},                                 # one value: both 5
        {"args": [[1.0, 2.0, 3.0], [2.0, 1.0, 4.0]]},              # equal-size errors: MAE = RMSE
        {"args": [[-1e6, 1e6], [1e6, -1e6]]},                      # extremes: 2e6 each
        {"args": [[-5.0, -7.5, -2.25], [-4.0, -9.5, -2.25]]},
        {"args": [[0.1, 0.2, 0.3], [0.3, 0.2, 0.1]]},
        {"args": [[0.0] * 99 + [0.0], [0.0] * 99 + [1000.0]]},     # one outlier in 100
    ]
    rng = random.Random(42424)
    for _ in range(10):
        out.append({"args": list(_forecast(rng, rng.randint(1, 50), rng.choice([10, 1000, 1e5]),
                                           rng.choice([0.5, 5.0, 100.0]), rng.choice([0.0, 0.1])))})
    out.append({"args": list(_forecast(rng, 100_000, 1e5, 200.0, 0.01)), "large": True})
    out.append({"args": list(_forecast(rng, 100_000, 50, 1.0, 0.0)), "large": True})
    for case in out:
        y_true, y_pred = case["args"]
        assert 1 <= len(y_true) == len(y_pred) <= 10**5
        assert all(-1e6 <= v <= 1e6 for v in y_true + y_pred)
    return out
