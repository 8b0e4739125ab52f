#include "albersprojection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dh {

namespace {

constexpr double semiMajorKm = 6378.137;
constexpr double flattening = 1.0 / 298.257223563;
constexpr double e2 = flattening * (2.0 - flattening);
const double eccentricity = std::sqrt(e2);

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

double degrees(double radians)
{
    return radians * 180.0 / std::numbers::pi;
}

double m(double phi)
{
    const double s = std::sin(phi);
    return std::cos(phi) / std::sqrt(1.0 - e2 * s * s);
}

} // namespace

AlbersProjection::AlbersProjection(double standardParallel1, double standardParallel2, double originLatitude,
                                   double centralMeridian)
    : m_lambda0(radians(centralMeridian))
{
    const double phi1 = radians(standardParallel1);
    const double phi2 = radians(standardParallel2);
    const double m1 = m(phi1);
    const double m2 = m(phi2);
    const double q1 = q(std::sin(phi1));
    const double q2 = q(std::sin(phi2));
    m_n = std::abs(phi1 - phi2) < 1e-10 ? std::sin(phi1) : (m1 * m1 - m2 * m2) / (q2 - q1);
    m_c = m1 * m1 + m_n * q1;
    m_rho0 = semiMajorKm * std::sqrt(m_c - m_n * q(std::sin(radians(originLatitude)))) / m_n;
}

AlbersProjection AlbersProjection::vietnam()
{
    return AlbersProjection(11.0, 21.0, 16.0, 106.0);
}

double AlbersProjection::q(double sinPhi) const
{
    const double es = eccentricity * sinPhi;
    return (1.0 - e2) * (sinPhi / (1.0 - es * es) - std::log((1.0 - es) / (1.0 + es)) / (2.0 * eccentricity));
}

QPointF AlbersProjection::project(const QPointF &lonLat) const
{
    const double rho = semiMajorKm * std::sqrt(std::max(0.0, m_c - m_n * q(std::sin(radians(lonLat.y()))))) / m_n;
    const double theta = m_n * (radians(lonLat.x()) - m_lambda0);
    return {rho * std::sin(theta), m_rho0 - rho * std::cos(theta)};
}

QPointF AlbersProjection::unproject(const QPointF &xy) const
{
    const double dy = m_rho0 - xy.y();
    const double rho = std::copysign(std::hypot(xy.x(), dy), m_n);
    const double theta = std::atan2(std::copysign(1.0, m_n) * xy.x(), std::copysign(1.0, m_n) * dy);
    const double qValue = (m_c - rho * rho * m_n * m_n / (semiMajorKm * semiMajorKm)) / m_n;
    // Snyder eq. 3-16: Newton steps on the authalic latitude, which converge quadratically; the
    // bound on their number only guards the loop.
    double phi = std::asin(std::clamp(qValue / 2.0, -1.0, 1.0));
    for (int i = 0; i < 15; ++i) {
        const double s = std::sin(phi);
        const double es2 = 1.0 - e2 * s * s;
        const double step = es2 * es2 / (2.0 * std::cos(phi))
            * (qValue / (1.0 - e2) - s / es2
               + std::log((1.0 - eccentricity * s) / (1.0 + eccentricity * s)) / (2.0 * eccentricity));
        phi += step;
        if (std::abs(step) < 1e-13)
            break;
    }
    return {degrees(m_lambda0 + theta / m_n), degrees(phi)};
}

QPolygonF AlbersProjection::project(const QPolygonF &lonLat) const
{
    QPolygonF out;
    out.reserve(lonLat.size());
    for (const QPointF &p : lonLat)
        out.append(project(p));
    return out;
}

QRectF AlbersProjection::projectBounds(const QRectF &lonLat) const
{
    QPolygonF edge;
    constexpr int steps = 16;
    for (int i = 0; i <= steps; ++i) {
        const double t = double(i) / steps;
        edge << project({lonLat.left() + t * lonLat.width(), lonLat.top()})
             << project({lonLat.left() + t * lonLat.width(), lonLat.bottom()})
             << project({lonLat.left(), lonLat.top() + t * lonLat.height()})
             << project({lonLat.right(), lonLat.top() + t * lonLat.height()});
    }
    return edge.boundingRect();
}

QTransform AlbersProjection::fit(const QRectF &projected, const QRectF &pixels)
{
    if (projected.width() <= 0.0 || projected.height() <= 0.0 || pixels.isEmpty())
        return {};
    const double scale = std::min(pixels.width() / projected.width(), pixels.height() / projected.height());
    const QPointF c = projected.center();
    const QPointF p = pixels.center();
    return QTransform(scale, 0.0, 0.0, -scale, p.x() - scale * c.x(), p.y() + scale * c.y());
}

} // namespace dh
