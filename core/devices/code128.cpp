#include "code128.h"

namespace storedesk::devices {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// How many digits follow from \a pos.
qsizetype digitRun(const QString &data, qsizetype pos)
{
    qsizetype n = 0;
    while (pos + n < data.size() && isDigit(data.at(pos + n)))
        ++n;
    return n;
}

/// One step of the encoding: a code set change or a value in the current set.
struct Step
{
    bool setC;     ///< the set this step is written in
    bool change;   ///< a change of code set (the first step is the start code)
    QString chars; ///< the one character (B) or two digits (C) it carries
};

QList<Step> plan(const QString &data)
{
    QList<Step> steps;
    bool setC = false;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype run = digitRun(data, pos);
        // Set C pays off for four digits or more (or a whole even number of them).
        const bool wantC = run >= 4 || (run == data.size() - pos && run >= 2 && run % 2 == 0);
        if (wantC && run % 2 == 1 && !setC) {
            // An odd run: one digit in B first, so C gets pairs.
            steps.append({false, steps.isEmpty(), data.mid(pos, 1)});
            ++pos;
            continue;
        }
        if (wantC || (setC && run >= 2)) {
            if (!setC || steps.isEmpty())
                steps.append({true, true, {}});
            setC = true;
            steps.append({true, false, data.mid(pos, 2)});
            pos += 2;
            continue;
        }
        if (setC || steps.isEmpty())
            steps.append({false, true, {}});
        setC = false;
        steps.append({false, false, data.mid(pos, 1)});
        ++pos;
    }
    return steps;
}

} // namespace

QList<int> Code128::symbols(const QString &data)
{
    if (data.isEmpty())
        return {};
    for (QChar c : data) {
        if (c.unicode() < 32 || c.unicode() > 126)
            return {};
    }
    QList<int> out;
    const QList<Step> steps = plan(data);
    for (const Step &s : steps) {
        if (s.change && s.chars.isEmpty())
            out.append(out.isEmpty() ? (s.setC ? kStartC : kStartB) : (s.setC ? kCodeC : kCodeB));
        else if (s.setC)
            out.append(s.chars.toInt());
        else {
            if (out.isEmpty())
                out.append(kStartB);
            out.append(s.chars.at(0).unicode() - 32);
        }
    }
    int check = out.first();
    for (int i = 1; i < out.size(); ++i)
        check += out.at(i) * i;
    out.append(check % 103);
    return out;
}

QByteArray Code128::escPosData(const QString &data)
{
    QByteArray out;
    for (const Step &s : plan(data)) {
        if (s.change && s.chars.isEmpty())
            out += s.setC ? "{C" : "{B";
        else if (s.setC)
            out += char(s.chars.toInt());
        else {
            if (out.isEmpty())
                out += "{B";
            out += s.chars == u"{" ? QByteArray("{{") : s.chars.toLatin1();
        }
    }
    return out;
}

int Code128::modulesWithQuietZone(const QString &data)
{
    return 11 * int(symbols(data).size()) + 13 + 20;
}

} // namespace storedesk::devices
