import { describe, expect, it } from 'vitest';
import { stoppedHeadline } from '../src/segment/stopped.js';

const lead = 'أقر مجلس مدينة الواحة خطة لتطوير شبكة الحافلات تشمل عشرة خطوط جديدة ومحطات مظللة في الأحياء البعيدة عن المركز.';

describe('stoppedHeadline', () => {
  it('takes a short headline closed by one stop when the lead tells the same story', () => {
    expect(stoppedHeadline('مجلس المدينة يقر خطة للحافلات.', lead)).toBe('مجلس المدينة يقر خطة للحافلات');
  });
  it('refuses two stops, an ellipsis, a comma, or a long sentence', () => {
    expect(stoppedHeadline('مجلس المدينة يقر خطة للحافلات..', lead)).toBeNull();
    expect(stoppedHeadline('مجلس المدينة، في جلسته، يقر الخطة.', lead)).toBeNull();
    expect(stoppedHeadline('مجلس المدينة يقر في جلسته الأسبوعية المطولة خطة جديدة لتطوير شبكة الحافلات العامة.', lead)).toBeNull();
  });
  it('refuses an opening particle, a lead that goes on with و, or a lead that shares no word', () => {
    expect(stoppedHeadline('لا تزال الحافلات قليلة في المدينة.', lead)).toBeNull();
    expect(stoppedHeadline('مجلس المدينة يقر خطة للحافلات.', 'و' + lead)).toBeNull();
    expect(stoppedHeadline('الخريف يصل مبكرا هذا العام.', lead)).toBeNull();
  });
  it('needs a long paragraph below', () => {
    expect(stoppedHeadline('مجلس المدينة يقر خطة للحافلات.', 'مجلس المدينة')).toBeNull();
    expect(stoppedHeadline('مجلس المدينة يقر خطة للحافلات.', undefined)).toBeNull();
  });
});
