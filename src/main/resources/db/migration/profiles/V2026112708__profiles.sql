create schema if not exists profiles;

-- The skills taxonomy, seeded for the Pakistani market; names in English and Urdu.
create table profiles.categories (
    id       text primary key,
    name_en  text not null,
    name_ur  text not null,
    position int not null
);

create table profiles.skills (
    id           text primary key,
    category_id  text not null references profiles.categories (id),
    name_en      text not null,
    name_ur      text not null
);

insert into profiles.categories (id, name_en, name_ur, position) values
    ('software', 'Software & IT', 'سافٹ ویئر اور آئی ٹی', 1),
    ('design', 'Design & creative', 'ڈیزائن اور تخلیقی کام', 2),
    ('writing', 'Writing & translation', 'تحریر اور ترجمہ', 3),
    ('marketing', 'Digital marketing', 'ڈیجیٹل مارکیٹنگ', 4),
    ('video', 'Video & audio', 'ویڈیو اور آڈیو', 5),
    ('admin', 'Admin support', 'انتظامی معاونت', 6),
    ('accounting', 'Accounting & finance', 'اکاؤنٹنگ اور مالیات', 7),
    ('engineering', 'Engineering', 'انجینئرنگ', 8),
    ('trades', 'On-site trades', 'مقامی ہنر اور مرمت', 9),
    ('tutoring', 'Tutoring & education', 'تدریس اور تعلیم', 10);

insert into profiles.skills (id, category_id, name_en, name_ur) values
    ('java', 'software', 'Java', 'جاوا'),
    ('python', 'software', 'Python', 'پائتھن'),
    ('javascript', 'software', 'JavaScript', 'جاوا اسکرپٹ'),
    ('react', 'software', 'React', 'ری ایکٹ'),
    ('nodejs', 'software', 'Node.js', 'نوڈ جے ایس'),
    ('php-laravel', 'software', 'PHP & Laravel', 'پی ایچ پی اور لاراویل'),
    ('wordpress', 'software', 'WordPress', 'ورڈپریس'),
    ('android', 'software', 'Android apps', 'اینڈرائیڈ ایپس'),
    ('ios', 'software', 'iOS apps', 'آئی او ایس ایپس'),
    ('flutter', 'software', 'Flutter', 'فلٹر'),
    ('shopify', 'software', 'Shopify', 'شاپیفائی'),
    ('databases', 'software', 'SQL & databases', 'ایس کیو ایل اور ڈیٹا بیس'),
    ('devops', 'software', 'DevOps & cloud', 'ڈیو اوپس اور کلاؤڈ'),
    ('qa-testing', 'software', 'QA & testing', 'کوالٹی ٹیسٹنگ'),
    ('cybersecurity', 'software', 'Cybersecurity', 'سائبر سیکیورٹی'),
    ('graphic-design', 'design', 'Graphic design', 'گرافک ڈیزائن'),
    ('logo-design', 'design', 'Logo design', 'لوگو ڈیزائن'),
    ('ui-ux', 'design', 'UI/UX design', 'یو آئی/یو ایکس ڈیزائن'),
    ('illustration', 'design', 'Illustration', 'تصویر کشی'),
    ('photoshop', 'design', 'Adobe Photoshop', 'فوٹوشاپ'),
    ('figma', 'design', 'Figma', 'فگما'),
    ('3d-modelling', 'design', '3D modelling', 'تھری ڈی ماڈلنگ'),
    ('interior-design', 'design', 'Interior design', 'اندرونی آرائش'),
    ('content-writing', 'writing', 'Content writing', 'مواد نویسی'),
    ('copywriting', 'writing', 'Copywriting', 'کاپی رائٹنگ'),
    ('urdu-english-translation', 'writing', 'Urdu–English translation', 'اردو انگریزی ترجمہ'),
    ('regional-translation', 'writing', 'Punjabi, Sindhi, Pashto translation', 'پنجابی، سندھی، پشتو ترجمہ'),
    ('proofreading', 'writing', 'Proofreading', 'پروف ریڈنگ'),
    ('technical-writing', 'writing', 'Technical writing', 'تکنیکی تحریر'),
    ('urdu-typing', 'writing', 'Urdu typing (InPage)', 'اردو ٹائپنگ (ان پیج)'),
    ('transcription', 'writing', 'Transcription', 'ٹرانسکرپشن'),
    ('seo', 'marketing', 'SEO', 'ایس ای او'),
    ('social-media', 'marketing', 'Social media marketing', 'سوشل میڈیا مارکیٹنگ'),
    ('facebook-ads', 'marketing', 'Facebook ads', 'فیس بک اشتہارات'),
    ('google-ads', 'marketing', 'Google Ads', 'گوگل اشتہارات'),
    ('email-marketing', 'marketing', 'Email marketing', 'ای میل مارکیٹنگ'),
    ('daraz-store', 'marketing', 'Daraz store management', 'دراز اسٹور کا انتظام'),
    ('amazon-ppc', 'marketing', 'Amazon PPC', 'ایمیزون پی پی سی'),
    ('video-editing', 'video', 'Video editing', 'ویڈیو ایڈیٹنگ'),
    ('motion-graphics', 'video', 'Motion graphics', 'موشن گرافکس'),
    ('animation', 'video', 'Animation', 'اینیمیشن'),
    ('voice-over-urdu', 'video', 'Urdu voice-over', 'اردو صدا کاری'),
    ('voice-over-english', 'video', 'English voice-over', 'انگریزی صدا کاری'),
    ('photography', 'video', 'Photography', 'فوٹوگرافی'),
    ('data-entry', 'admin', 'Data entry', 'ڈیٹا انٹری'),
    ('virtual-assistant', 'admin', 'Virtual assistance', 'ورچوئل اسسٹنٹ'),
    ('customer-support', 'admin', 'Customer support', 'کسٹمر سپورٹ'),
    ('excel', 'admin', 'Microsoft Excel', 'مائیکروسافٹ ایکسل'),
    ('lead-generation', 'admin', 'Lead generation', 'لیڈ جنریشن'),
    ('web-research', 'admin', 'Web research', 'ویب ریسرچ'),
    ('bookkeeping', 'accounting', 'Bookkeeping', 'کھاتہ داری'),
    ('quickbooks', 'accounting', 'QuickBooks', 'کوئک بکس'),
    ('xero', 'accounting', 'Xero', 'زیرو'),
    ('fbr-tax', 'accounting', 'FBR tax returns', 'ایف بی آر ٹیکس ریٹرن'),
    ('payroll', 'accounting', 'Payroll', 'تنخواہوں کا حساب'),
    ('financial-analysis', 'accounting', 'Financial analysis', 'مالیاتی تجزیہ'),
    ('autocad', 'engineering', 'AutoCAD', 'آٹوکیڈ'),
    ('civil-engineering', 'engineering', 'Civil engineering', 'سول انجینئرنگ'),
    ('electrical-engineering', 'engineering', 'Electrical engineering', 'الیکٹریکل انجینئرنگ'),
    ('mechanical-design', 'engineering', 'Mechanical design', 'مکینیکل ڈیزائن'),
    ('solidworks', 'engineering', 'SolidWorks', 'سولڈ ورکس'),
    ('structural-analysis', 'engineering', 'Structural analysis', 'ساختی تجزیہ'),
    ('electrician', 'trades', 'Electrician', 'الیکٹریشن'),
    ('plumber', 'trades', 'Plumber', 'پلمبر'),
    ('ac-repair', 'trades', 'AC repair & installation', 'اے سی مرمت اور تنصیب'),
    ('carpenter', 'trades', 'Carpenter', 'بڑھئی'),
    ('painter', 'trades', 'Painter', 'رنگ ساز'),
    ('solar-installation', 'trades', 'Solar panel installation', 'سولر پینل کی تنصیب'),
    ('mobile-repair', 'trades', 'Mobile phone repair', 'موبائل فون مرمت'),
    ('driver', 'trades', 'Driver', 'ڈرائیور'),
    ('home-tutor', 'tutoring', 'Home tutor', 'گھر پر ٹیوٹر'),
    ('quran-teaching', 'tutoring', 'Quran teaching', 'قرآن کی تعلیم'),
    ('o-a-levels', 'tutoring', 'O/A level tutoring', 'او/اے لیول ٹیوشن'),
    ('matric-fsc', 'tutoring', 'Matric & FSc tutoring', 'میٹرک اور ایف ایس سی ٹیوشن'),
    ('ielts', 'tutoring', 'IELTS preparation', 'آئلٹس کی تیاری'),
    ('online-tutoring', 'tutoring', 'Online tutoring', 'آن لائن ٹیوشن');


create table profiles.freelancer_profiles (
    user_id            uuid primary key references accounts.users (id),
    headline           text not null default '',
    bio                text not null default '',
    hourly_rate_paisa  bigint check (hourly_rate_paisa is null or hourly_rate_paisa >= 0),
    languages          text[] not null default '{}',
    city               text not null default '',
    area               text not null default '',
    availability       text not null default 'AVAILABLE' check (availability in ('AVAILABLE', 'LIMITED', 'UNAVAILABLE')),
    photo_key          text,
    verified           boolean not null default false,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index freelancer_profiles_listing on profiles.freelancer_profiles (created_at desc, user_id);
create index freelancer_profiles_text on profiles.freelancer_profiles
    using gin (to_tsvector('simple', headline || ' ' || bio));

create table profiles.freelancer_skills (
    user_id   uuid not null references profiles.freelancer_profiles (user_id) on delete cascade,
    skill_id  text not null references profiles.skills (id),
    primary key (user_id, skill_id)
);
create index freelancer_skills_skill on profiles.freelancer_skills (skill_id);

create table profiles.experience (
    id            uuid primary key,
    user_id       uuid not null references profiles.freelancer_profiles (user_id) on delete cascade,
    title         text not null,
    organisation  text not null,
    started       date not null,
    ended         date,
    description   text not null default '',
    position      int not null
);

create table profiles.education (
    id           uuid primary key,
    user_id      uuid not null references profiles.freelancer_profiles (user_id) on delete cascade,
    institution  text not null,
    degree       text not null,
    start_year   int not null,
    end_year     int,
    position     int not null
);

create table profiles.portfolio_items (
    id           uuid primary key,
    user_id      uuid not null references profiles.freelancer_profiles (user_id) on delete cascade,
    title        text not null,
    description  text not null default '',
    link         text,
    position     int not null
);

create table profiles.portfolio_images (
    item_id   uuid not null references profiles.portfolio_items (id) on delete cascade,
    image_key text not null,
    position  int not null,
    primary key (item_id, position)
);

create table profiles.employer_profiles (
    user_id       uuid primary key references accounts.users (id),
    company_name  text not null default '',
    company_size  text not null default '',
    website       text not null default '',
    description   text not null default '',
    city          text not null default '',
    area          text not null default '',
    photo_key     text,
    verified      boolean not null default false,
    updated_at    timestamptz not null default now()
);

-- Only the sections whose owner changed the default are stored.
create table profiles.section_visibility (
    user_id  uuid not null references accounts.users (id),
    section  text not null,
    level    text not null check (level in ('PUBLIC', 'REGISTERED', 'AFTER_HIRE', 'PRIVATE')),
    primary key (user_id, section)
);
